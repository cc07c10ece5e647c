import { PULSE_STATEMENTS } from "@learning-loop/contract";
import type { CurrentPulseResponse, PulseStatementId } from "@learning-loop/contract";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useState } from "react";
import type { FormEvent } from "react";
import { formatDateTime, t } from "../i18n/i18n";
import { Problem } from "../side-panel/Problem";
import { Caption } from "../side-panel/ui";
import { loadCurrentPulse, sendPulse, startPulse } from "./pulse-api";
import { isSuspended, onSuspendedChange } from "../teams/app-caching";
import { SCALE, completeScores, pulseMode } from "./pulse-form";
import type { PulseDraft } from "./pulse-form";

/** How often an open panel asks again for the pulse: rarely, it changes at most a few times a month. */
const PULSE_REFRESH_MS = 2 * 60_000;

const useStyles = makeStyles({
  region: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  heading: { fontSize: tokens.fontSizeBase300, margin: 0 },
  text: { margin: 0, fontSize: tokens.fontSizeBase300 },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  statement: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  statementText: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  scale: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  option: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    minWidth: "44px",
    minHeight: "32px",
    cursor: "pointer",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The team pulse in the side panel: a compact region beside the round, never in its way. Members
 * answer five statements on a 1–5 scale (anonymously: the API keeps no name with the answers);
 * an owner may start a pulse when none is due. Loaded after the round, as a part of its own.
 */
export default function PulsePanel({ scope, announce }: { scope: string; announce(message: string): void }) {
  const styles = useStyles();
  const [data, setData] = useState<CurrentPulseResponse | null>(null);
  const [editing, setEditing] = useState(false);
  const [expanded, setExpanded] = useState(true);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const headingId = useId();
  const contentId = useId();

  const reload = useCallback(async () => {
    try {
      setData(await loadCurrentPulse(scope));
    } catch {
      // The pulse is optional: if it cannot load, the round goes on without it.
      setData(null);
    }
  }, [scope]);

  useEffect(() => {
    // A pulse an owner starts during the stand-up reaches panels already open within a few minutes.
    // Nothing is asked for while the panel is hidden or Teams keeps it cached away (even when it
    // mounts then); showing it again asks at once.
    const refresh = () => {
      if (document.visibilityState === "visible" && !isSuspended()) void reload();
    };
    if (!isSuspended()) void reload();
    const timer = window.setInterval(refresh, PULSE_REFRESH_MS);
    const stop = onSuspendedChange((suspended) => {
      if (!suspended) void reload();
    });
    return () => {
      window.clearInterval(timer);
      stop();
    };
  }, [reload]);

  const mode = pulseMode(data, editing);
  if (mode === "none" || !data) return null;

  const start = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await startPulse(scope);
      announce(t("pulse.started"));
      await reload();
    } catch (failure) {
      setProblem(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.region} aria-labelledby={headingId}>
      <div className={styles.header}>
        <h2 id={headingId} className={styles.heading}>
          {t("pulse.title")}
        </h2>
        {mode !== "start" && (
          <Button
            appearance="subtle"
            size="small"
            aria-expanded={expanded}
            aria-controls={contentId}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? t("pulse.hide") : t("pulse.show")}
          </Button>
        )}
      </div>
      <div id={contentId} hidden={!expanded} className={styles.form}>
        {mode === "start" ? (
          <>
            <p className={styles.text}>{t("pulse.startHint")}</p>
            <div className={styles.actions}>
              <Button disabled={busy} onClick={() => void start()}>
                {busy ? t("pulse.starting") : t("pulse.start")}
              </Button>
            </div>
          </>
        ) : mode === "thanks" ? (
          <>
            <p className={styles.text} role="status">
              {t("pulse.thanks")}
            </p>
            <div className={styles.actions}>
              <Button onClick={() => setEditing(true)}>{t("pulse.change")}</Button>
            </div>
          </>
        ) : (
          <PulseQuestions
            key={data.pulse?.id}
            scope={scope}
            data={data}
            editing={editing}
            onSent={async () => {
              setEditing(false);
              announce(t("pulse.thanks"));
              await reload();
            }}
            onCancel={() => setEditing(false)}
          />
        )}
        {data.pulse?.status === "open" && (
          <Caption>
            {t("pulse.closesAt", { date: formatDateTime(data.pulse.closesAt) })}{" "}
            {data.pulse.responseCount === null
              ? t("pulse.fewer")
              : t("pulse.responses", { count: data.pulse.responseCount })}
          </Caption>
        )}
        {Boolean(problem) && <Problem error={problem} />}
      </div>
    </section>
  );
}

function PulseQuestions({
  scope,
  data,
  editing,
  onSent,
  onCancel,
}: {
  scope: string;
  data: CurrentPulseResponse;
  editing: boolean;
  onSent(): Promise<void>;
  onCancel(): void;
}) {
  const styles = useStyles();
  const pulse = data.pulse!;
  const [draft, setDraft] = useState<PulseDraft>(() => ({ ...pulse.myScores }));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const scores = completeScores(draft);
  const statements = pulse.statements.filter((id): id is PulseStatementId =>
    (PULSE_STATEMENTS as readonly string[]).includes(id),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!scores) return;
    setBusy(true);
    setProblem(null);
    try {
      await sendPulse(scope, pulse.id, scores);
      await onSent();
    } catch (failure) {
      setProblem(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)}>
      <p className={styles.text}>{t("pulse.intro")}</p>
      <Caption>{t("pulse.scaleHint")}</Caption>
      {statements.map((id) => (
        <Statement
          key={id}
          id={id}
          value={draft[id]}
          onChange={(value) => setDraft((current) => ({ ...current, [id]: value }))}
        />
      ))}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy || !scores}>
          {busy ? t("pulse.sending") : t("pulse.send")}
        </Button>
        {editing && (
          <Button disabled={busy} onClick={onCancel}>
            {t("pulse.cancel")}
          </Button>
        )}
      </div>
      {Boolean(problem) && <Problem error={problem} />}
    </form>
  );
}

/** One statement as a group of five native radios: arrow keys move between them, as in any form. */
function Statement({
  id,
  value,
  onChange,
}: {
  id: PulseStatementId;
  value: number | undefined;
  onChange(value: number): void;
}) {
  const styles = useStyles();
  const labelId = useId();
  const name = useId();
  return (
    <div className={styles.statement} role="radiogroup" aria-labelledby={labelId}>
      <span id={labelId} className={styles.statementText}>
        {t(`pulse.statement.${id}`)}
      </span>
      <div className={styles.scale}>
        {SCALE.map((score) => (
          <label key={score} className={styles.option}>
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              aria-label={t(`pulse.scale.${score}`)}
              onChange={() => onChange(score)}
            />
            <span aria-hidden="true">{score}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
