import type {
  ExperimentStatus,
  ExperimentView,
  MyExperimentView,
  MyExperimentsResponse,
} from "@learning-loop/contract";
import { historyDeepLink } from "@learning-loop/contract";
import { Button, Caption1, Link, Spinner, Text, mergeClasses } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { callApi } from "../api/api-client";
import { ProblemState } from "../auth/ProblemState";
import { teamsAppId } from "../history/app-id";
import { addMessages, formatDate, t } from "../i18n/i18n";
import { OutcomeForm, useCheckBackStyles } from "../side-panel/CheckBacks";
import { owners } from "./messages";
import { useCardListStyles } from "../ui/card-list";

addMessages(owners);

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
  const styles = useCheckBackStyles();
  const cards = useCardListStyles();
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
        <ul className={cards.list} aria-label={t("owners.mine.list")}>
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
  const styles = useCheckBackStyles();
  const cards = useCardListStyles();
  const headingId = `mine-${item.id}`;
  const closed = item.status === "done" || item.status === "dropped";
  const link = historyDeepLink(teamsAppId(), item.roundId);
  return (
    <li
      className={mergeClasses(cards.item, cards.outlined, cards.filled, styles.roomy)}
      aria-labelledby={headingId}
    >
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
        <OutcomeForm
          scope={item.scope}
          experiment={item}
          labelledBy={headingId}
          replace={replace}
          reload={reload}
          announce={announce}
        />
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
    </li>
  );
}
