import { EXPERIMENT_STATUSES } from "@learning-loop/contract";
import type { ExperimentStatus, ExperimentView, ExperimentsResponse } from "@learning-loop/contract";
import {
  Badge,
  Button,
  Caption1,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { callApi, isStatus, scopePath } from "../api/api-client";
import { ProblemState } from "../auth/ProblemState";
import { useResource } from "../data/use-resource";
import { useCardListStyles } from "../ui/card-list";
import { t } from "../i18n/i18n";
import { ConflictDialog } from "./ConflictDialog";
import { EditExperimentDialog } from "./EditExperimentDialog";
import { keptMine, patchFor, resolveConflict } from "./experiment-change";
import type { ConflictChoice, ExperimentEdit } from "./experiment-change";
import { formatCheckBack, statusLabel } from "./format";

const useStyles = makeStyles({
  board: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(220px, 1fr))",
    gap: tokens.spacingHorizontalM,
    alignItems: "start",
  },
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  columnHeading: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "anywhere",
  },
  due: {
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteMarigoldBorderActive}`,
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
  },
  badge: { alignSelf: "flex-start" },
  cardTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  empty: { padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  intro: { margin: `0 0 ${tokens.spacingVerticalM}` },
  message: { marginBottom: tokens.spacingVerticalM },
});

type Editing = { experiment: ExperimentView } | null;
type Conflict = { mine: ExperimentEdit; current: ExperimentView; base: ExperimentView } | null;

/**
 * The experiments board: one column per status. Everything is a button and a dialog (no drag and
 * drop), so the board works with a keyboard and a screen reader. Every change carries the ETag the
 * person saw; when a teammate changed the experiment in between, the API answers 412 and the
 * person sees both versions and decides.
 */
export function ExperimentsBoard({
  scope,
  timeZone,
  announce,
}: {
  scope: string;
  timeZone: string;
  announce(message: string): void;
}) {
  const styles = useStyles();
  const cards = useCardListStyles();
  // Each experiment carries its own ETag: a change is based on the card's, not on the list's.
  const board = useResource<ExperimentView[]>(
    useCallback(
      async (signal: AbortSignal) => {
        const result = await callApi<ExperimentsResponse>(`${scopePath(scope)}/experiments`, { signal });
        return { data: result.data.items, etag: result.etag };
      },
      [scope],
    ),
  );
  const experiments = board.current.state === "ready" ? board.current.data : null;
  const { update, refresh, save: send, saving } = board;
  const [editing, setEditing] = useState<Editing>(null);
  const [conflict, setConflict] = useState<Conflict>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  // A saved card usually moves to another column (a new element): focus follows it there.
  const [focusCard, setFocusCard] = useState<string | null>(null);
  const focusDone = useCallback(() => setFocusCard(null), []);

  const replace = useCallback(
    (next: ExperimentView) =>
      update((previous) => previous.map((item) => (item.id === next.id ? next : item))),
    [update],
  );

  const patch = useCallback(
    async (id: string, ifMatch: string, body: ReturnType<typeof patchFor>) => {
      const result = await callApi<ExperimentView>(`${scopePath(scope)}/experiments/${id}`, {
        method: "PATCH",
        ifMatch,
        body,
      });
      if (!result.data) throw new Error("The API sent no experiment.");
      replace(result.data);
      setFocusCard(result.data.id);
      announce(t("history.board.saved", { text: result.data.text, status: statusLabel(result.data.status) }));
    },
    [scope, replace, announce],
  );

  /** After a 412: the board reloaded, and the experiment as it is now. */
  const current = useCallback(
    async (id: string): Promise<ExperimentView | undefined> =>
      (await refresh()).find((item) => item.id === id),
    [refresh],
  );

  async function save(base: ExperimentView, edit: ExperimentEdit) {
    const body = patchFor(base, edit);
    setSaveError(null);
    if (Object.keys(body).length === 0) {
      setEditing(null);
      return;
    }
    // Saving lasts until a refused change has been looked at again.
    await send(async () => {
      try {
        await patch(base.id, base.etag, body);
        setEditing(null);
      } catch (failure) {
        if (isStatus(failure, 412)) {
          const latest = await current(base.id).catch(() => undefined);
          setEditing(null);
          if (latest) setConflict({ mine: edit, current: latest, base });
          else setSaveError(failure);
        } else {
          setSaveError(failure);
        }
      }
    });
  }

  async function resolve(choice: ConflictChoice) {
    if (!conflict) return;
    const resolution = resolveConflict(choice, conflict.base, conflict.mine, conflict.current);
    setSaveError(null);
    if (resolution.action === "accept") {
      replace(resolution.experiment);
      setConflict(null);
      announce(t("history.conflict.keptTheirs"));
      return;
    }
    if (resolution.action === "impossible") {
      // Mine cannot be applied to what is there now: offer the edit again, starting from the current version.
      setConflict(null);
      setEditing({ experiment: resolution.experiment });
      announce(t("history.conflict.impossible"));
      return;
    }
    // Saving lasts until a refused change has been looked at again.
    await send(async () => {
      try {
        await patch(conflict.current.id, resolution.ifMatch, resolution.body);
        setConflict(null);
      } catch (failure) {
        if (isStatus(failure, 412)) {
          const latest = await current(conflict.current.id).catch(() => undefined);
          if (latest) setConflict({ ...conflict, current: latest });
          else setSaveError(failure);
        } else {
          setConflict(null);
          setSaveError(failure);
        }
      }
    });
  }

  if (board.current.state === "failed") {
    return (
      <div>
        <ProblemState error={board.current.error} onRetry={board.retry} />
      </div>
    );
  }
  if (!experiments) return <Spinner label={t("history.board.loading")} />;

  const byStatus = (status: ExperimentStatus) =>
    experiments
      .filter((experiment) => experiment.status === status)
      // Due check-backs first: they are what the next stand-up should talk about.
      .sort((a, b) => Number(b.due) - Number(a.due) || b.updatedAt.localeCompare(a.updatedAt));
  const dueCount = experiments.filter((experiment) => experiment.due).length;

  return (
    <section aria-labelledby="board-heading">
      <h2 id="board-heading" className={styles.columnHeading} style={{ padding: 0 }}>
        {t("history.board.title")}
      </h2>
      <Text as="p" className={styles.intro}>
        {experiments.length === 0
          ? t("history.board.empty")
          : dueCount > 0
            ? t("history.board.dueSummary", { count: dueCount })
            : t("history.board.intro")}
      </Text>
      {saveError !== null && !editing && (
        <div className={styles.message}>
          <ProblemState error={saveError} />
        </div>
      )}
      <div className={styles.board}>
        {EXPERIMENT_STATUSES.map((status) => {
          const items = byStatus(status);
          const headingId = `board-column-${status}`;
          return (
            <section key={status} className={styles.column} aria-labelledby={headingId}>
              <h3 id={headingId} className={styles.columnHeading}>
                {t("history.board.column", { status: statusLabel(status), count: items.length })}
              </h3>
              {items.length === 0 ? (
                <Text className={styles.empty}>{t("history.board.columnEmpty")}</Text>
              ) : (
                <ul className={cards.list} aria-labelledby={headingId}>
                  {items.map((experiment) => (
                    <ExperimentCard
                      key={experiment.id}
                      experiment={experiment}
                      timeZone={timeZone}
                      focus={focusCard === experiment.id}
                      onFocused={focusDone}
                      onEdit={() => {
                        setSaveError(null);
                        setEditing({ experiment });
                      }}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      {editing && (
        <EditExperimentDialog
          experiment={editing.experiment}
          saving={saving}
          error={saveError}
          onSave={(edit) => void save(editing.experiment, edit)}
          onClose={() => {
            setEditing(null);
            setSaveError(null);
          }}
        />
      )}
      {conflict && (
        <ConflictDialog
          mine={keptMine(conflict.base, conflict.mine, conflict.current)}
          current={conflict.current}
          saving={saving}
          timeZone={timeZone}
          onChoose={(choice) => void resolve(choice)}
        />
      )}
    </section>
  );
}

function ExperimentCard({
  experiment,
  timeZone,
  focus,
  onFocused,
  onEdit,
}: {
  experiment: ExperimentView;
  timeZone: string;
  focus: boolean;
  onFocused(): void;
  onEdit(): void;
}) {
  const styles = useStyles();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focus) return;
    // After the dialog has closed and handed focus back, which it does on its own schedule.
    const timer = setTimeout(() => {
      button.current?.focus();
      onFocused();
    }, 50);
    return () => clearTimeout(timer);
  }, [focus, onFocused]);
  const titleId = `experiment-${experiment.id}-title`;
  return (
    <li className={mergeClasses(styles.card, experiment.due && styles.due)}>
      <h4 id={titleId} className={styles.cardTitle}>
        {experiment.text}
      </h4>
      {experiment.due && (
        <Badge appearance="filled" color="warning" size="medium" className={styles.badge}>
          {t("history.experiment.due")}
        </Badge>
      )}
      <Caption1 className={styles.muted}>
        {experiment.owner
          ? t("history.experiment.owner", { name: experiment.owner.name })
          : t("history.experiment.noOwner")}
      </Caption1>
      {experiment.checkBackAt && (
        <Caption1 className={styles.muted}>
          {t("history.experiment.checkBack", {
            date: formatCheckBack(experiment.checkBackAt, timeZone),
          })}
        </Caption1>
      )}
      {experiment.outcome && <Text>{t("history.experiment.outcome", { outcome: experiment.outcome })}</Text>}
      <div>
        <Button ref={button} size="small" onClick={onEdit} aria-describedby={titleId}>
          {t("history.board.update")}
        </Button>
      </div>
    </li>
  );
}
