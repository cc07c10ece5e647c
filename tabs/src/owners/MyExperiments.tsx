import type {
  ExperimentStatus,
  ExperimentView,
  MyExperimentView,
  MyExperimentsResponse,
} from "@learning-loop/contract";
import { historyDeepLink } from "@learning-loop/contract";
import {
  Button,
  Caption1,
  Field,
  Link,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { FormEvent } from "react";
import { callApi, isStatus, scopePath } from "../api/api-client";
import { ProblemState } from "../auth/ProblemState";
import { teamsAppId } from "../history/app-id";
import { addMessages, formatDate, t } from "../i18n/i18n";
import { OUTCOME_LIMIT, codePoints } from "../side-panel/limits";
import { outcomePatches } from "../side-panel/round-logic";
import { owners } from "./messages";

addMessages(owners);

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  what: { fontWeight: tokens.fontWeightSemibold, margin: 0, fontSize: tokens.fontSizeBase300 },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
  },
});

const STATUS_KEYS = {
  planned: "owners.status.planned",
  running: "owners.status.running",
  done: "owners.status.done",
  dropped: "owners.status.dropped",
} as const satisfies Record<ExperimentStatus, string>;

/**
 * "My experiments": what the signed-in person owns across all their scopes (`GET /api/me/experiments`),
 * open ones first by due day, each with its scope, status and check-back day, a link into the
 * history and, while open, the outcome form.
 */
export default function MyExperiments({
  announce,
  headingLevel = 2,
}: {
  announce(message: string): void;
  headingLevel?: 2 | 3;
}) {
  const styles = useStyles();
  const [items, setItems] = useState<MyExperimentView[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);

  const load = useCallback(async (after: string | null, signal?: AbortSignal) => {
    const query = after ? `?cursor=${encodeURIComponent(after)}` : "";
    const result = await callApi<MyExperimentsResponse>(`me/experiments${query}`, { signal });
    return result.data;
  }, []);

  const reload = useCallback(() => {
    const controller = new AbortController();
    setProblem(null);
    load(null, controller.signal).then(
      (page) => {
        setItems(page.items);
        setCursor(page.nextCursor);
      },
      (failure: unknown) => !controller.signal.aborted && setProblem(failure),
    );
    return () => controller.abort();
  }, [load]);

  useEffect(() => reload(), [reload]);

  const more = async () => {
    if (!cursor) return;
    setLoadingMore(true);
    try {
      const page = await load(cursor);
      setItems((current) => [...(current ?? []), ...page.items]);
      setCursor(page.nextCursor);
    } catch (failure) {
      setProblem(failure);
    } finally {
      setLoadingMore(false);
    }
  };

  const replace = (next: ExperimentView) =>
    setItems(
      (current) => current?.map((item) => (item.id === next.id ? { ...item, ...next } : item)) ?? null,
    );

  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (problem && !items) return <ProblemState error={problem} />;
  if (!items) return <Spinner label={t("owners.mine.loading")} />;
  return (
    <section className={styles.section} aria-label={t("owners.mine.title")}>
      <Text as="p" block className={styles.muted}>
        {items.length ? t("owners.mine.intro") : t("owners.mine.empty")}
      </Text>
      {items.length > 0 && (
        <ul className={styles.list} aria-label={t("owners.mine.list")}>
          {items.map((item) => (
            <MyExperiment
              key={`${item.scope}|${item.id}`}
              item={item}
              Heading={Heading}
              replace={replace}
              reload={reload}
              announce={announce}
            />
          ))}
        </ul>
      )}
      {cursor && (
        <Button onClick={() => void more()} disabled={loadingMore}>
          {t("owners.mine.more")}
        </Button>
      )}
      {Boolean(problem) && <ProblemState error={problem} />}
    </section>
  );
}

function MyExperiment({
  item,
  Heading,
  replace,
  reload,
  announce,
}: {
  item: MyExperimentView;
  Heading: "h2" | "h3";
  replace(experiment: ExperimentView): void;
  reload(): void;
  announce(message: string): void;
}) {
  const styles = useStyles();
  const [outcome, setOutcome] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const headingId = `mine-${item.id}`;
  const length = codePoints(outcome.trim());
  const closed = item.status === "done" || item.status === "dropped";
  const link = historyDeepLink(teamsAppId(), item.roundId);

  const record = async (result: "done" | "dropped") => {
    setBusy(true);
    setProblem(null);
    setNotice(null);
    let etag = item.etag;
    try {
      for (const patch of outcomePatches(item.status, outcome, result)) {
        const response = await callApi<ExperimentView>(
          `${scopePath(item.scope)}/experiments/${encodeURIComponent(item.id)}`,
          { method: "PATCH", body: patch, ifMatch: etag },
        );
        etag = response.data.etag;
        replace(response.data);
      }
      announce(t(result === "done" ? "owners.mine.saved" : "owners.mine.dropped", { text: item.text }));
    } catch (failure) {
      if (isStatus(failure, 412)) {
        setNotice(t("owners.mine.stale"));
        reload();
      } else setProblem(failure);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (outcome.trim() && length <= OUTCOME_LIMIT) void record("done");
  };

  return (
    <li className={styles.item} aria-labelledby={headingId}>
      <Heading id={headingId} className={styles.what}>
        {item.text}
      </Heading>
      <Caption1 className={styles.muted}>
        {[
          t("owners.mine.scope", { name: item.scopeName }),
          t(STATUS_KEYS[item.status]),
          item.dueOn === null
            ? t("owners.mine.noCheckBack")
            : t(item.due ? "owners.mine.dueNow" : "owners.mine.due", { date: formatDate(item.dueOn) }),
        ].join(" · ")}
      </Caption1>
      {item.outcome && <Text>{t("owners.mine.outcome", { outcome: item.outcome })}</Text>}
      {!closed && (
        <form onSubmit={submit} aria-labelledby={headingId}>
          <Field
            label={t("owners.mine.outcomeLabel")}
            validationState={length > OUTCOME_LIMIT ? "error" : "none"}
          >
            <Textarea value={outcome} onChange={(_event, data) => setOutcome(data.value)} resize="vertical" />
          </Field>
          <div className={styles.actions}>
            <Button
              type="submit"
              appearance="primary"
              aria-label={t("owners.mine.saveDoneLabel", { text: item.text })}
              disabled={busy || !outcome.trim() || length > OUTCOME_LIMIT}
            >
              {busy ? t("owners.mine.saving") : t("owners.mine.saveDone")}
            </Button>
            <Button
              aria-label={t("owners.mine.dropLabel", { text: item.text })}
              disabled={busy}
              onClick={() => void record("dropped")}
            >
              {t("owners.mine.drop")}
            </Button>
          </div>
        </form>
      )}
      {link && (
        <Link
          href={link}
          target="_blank"
          rel="noreferrer"
          aria-label={t("owners.mine.openHistoryLabel", { text: item.text })}
        >
          {t("owners.mine.openHistory")}
        </Link>
      )}
      {notice && <Text role="status">{notice}</Text>}
      {Boolean(problem) && <ProblemState error={problem} />}
    </li>
  );
}
