import type { Person, PromptView, PromptsResponse, RoundView } from "@learning-loop/contract";
import { historyDeepLink } from "@learning-loop/contract";
import { Button, Caption1, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { callApi, isStatus, scopePath } from "../api/api-client";
import { ProblemState } from "../auth/ProblemState";
import { ApiError } from "../auth/api-error";
import { problemText } from "../auth/problem-text";
import { useResource } from "../data/use-resource";
import type { ResourceState } from "../data/use-resource";
import { t } from "../i18n/i18n";
import { CopyLinkDialog } from "./CopyLinkDialog";
import type { LinkToShow } from "./CopyLinkDialog";
import { copyText } from "./copy-text";
import { teamsAppId } from "./app-id";
import { formatDay } from "./format";
import { HistoryFiltersBar } from "./HistoryFiltersBar";
import { NO_FILTERS, isBackwardRange, isFiltering } from "./history-query";
import type { HistoryFilters } from "./history-query";
import { HistoryRoundCard, roundHeadingId } from "./HistoryRoundCard";
import { timelineRows } from "./timeline-rows";
import type { TimelineRow } from "./timeline-rows";
import { useHistory } from "./use-history";
import type { PageContext } from "../teams/use-page-context";
import { localizedPrompts } from "../i18n/localized-prompts";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    flex: "1 1 auto",
    minHeight: 0,
  },
  scroller: {
    flex: "1 1 auto",
    minHeight: "240px",
    overflowY: "auto",
    overscrollBehavior: "contain",
    paddingRight: tokens.spacingHorizontalXS,
  },
  list: { position: "relative", width: "100%", margin: 0, padding: 0 },
  row: {
    position: "absolute",
    top: 0,
    left: 0,
    width: "100%",
    boxSizing: "border-box",
    paddingBottom: tokens.spacingVerticalM,
  },
  week: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalXS,
  },
  weekHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  counts: { color: tokens.colorNeutralForeground2 },
  end: {
    display: "flex",
    justifyContent: "center",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalL,
    color: tokens.colorNeutralForeground2,
  },
  state: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
  },
  pinned: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  pinnedHead: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap" },
  pinnedHeading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** Rows left below the last one on screen when the next page is asked for. */
const PREFETCH_ROWS = 10;

export interface TimelineProps {
  scope: string;
  timeZone: string;
  context: PageContext;
  announce(message: string): void;
}

/** Where the round a deep link names is: not asked for, in the first page, or fetched on its own. */
type LinkedRound =
  | { state: "none" }
  | { state: "pending"; id: string }
  | { state: "inList"; id: string }
  | { state: "fetched"; id: string };

type DeepLink =
  | Exclude<LinkedRound, { state: "fetched" }>
  | { state: "pinned"; round: RoundView }
  | { state: "missing"; id: string }
  | { state: "failed"; id: string; error: unknown };

/**
 * The timeline: rounds newest first under a heading per week (in the scope's time zone), searched
 * and filtered on the server, paged by cursor as the person scrolls, in a virtualized list so that
 * thousands of rounds cost only the rows on screen.
 */
export function Timeline({ scope, timeZone, context, announce }: TimelineProps) {
  const styles = useStyles();
  const [filters, setFilters] = useState<HistoryFilters>(NO_FILTERS);
  const history = useHistory(scope, filters, timeZone);
  const rows = useMemo(() => timelineRows(history.rounds, timeZone), [history.rounds, timeZone]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  // While searching, every round found opens (its matching answers marked); these are the ones the
  // person folded since. A new search opens them all again.
  const [foldedInSearch, setFoldedInSearch] = useState<ReadonlySet<string>>(new Set());
  const query = filters.q.trim();
  const isOpen = (id: string) => (query ? !foldedInSearch.has(id) : expanded.has(id));
  const [link, setLink] = useState<LinkToShow | null>(null);
  const [linked, setLinked] = useState<LinkedRound>(() =>
    context.subEntityId ? { state: "pending", id: context.subEntityId } : { state: "none" },
  );
  const fetchedId = linked.state === "fetched" ? linked.id : null;
  const linkedRound = useResource<RoundView>(
    useMemo(
      () =>
        fetchedId === null
          ? null
          : async (signal: AbortSignal) =>
              callApi<RoundView>(`${scopePath(scope)}/rounds/${encodeURIComponent(fetchedId)}`, { signal }),
      [scope, fetchedId],
    ),
  );
  const deepLink = deepLinkOf(linked, linkedRound.current);
  const people = usePeople(history.rounds);
  const prompts = useScopePrompts(scope);
  const scroller = useRef<HTMLDivElement>(null);
  const opened = useRef(false);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.kind === "week" ? 64 : 148),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;
  const { loadMore, nextCursor, loadingMore, moreError, status } = history;

  // Infinite scroll: ask for the next page when the last rendered row comes near the end.
  useEffect(() => {
    if (
      status === "ready" &&
      nextCursor &&
      !loadingMore &&
      !moreError &&
      lastIndex >= rows.length - PREFETCH_ROWS
    ) {
      loadMore();
    }
  }, [lastIndex, rows.length, status, nextCursor, loadingMore, moreError, loadMore]);

  const searching = query !== "";
  const toggle = useCallback(
    (id: string) => {
      const flip = (previous: ReadonlySet<string>) => {
        const next = new Set(previous);
        if (!next.delete(id)) next.add(id);
        return next;
      };
      if (searching) setFoldedInSearch(flip);
      else setExpanded(flip);
    },
    [searching],
  );

  // The first page decides what opens: the round a deep link names (scrolled to, or fetched on
  // its own when it is older than the first page), otherwise the newest round.
  useEffect(() => {
    if (opened.current || status !== "ready" || isFiltering(filters)) return;
    opened.current = true;
    if (linked.state !== "pending") {
      const newest = history.rounds[0];
      if (newest) setExpanded(new Set([newest.id]));
      return;
    }
    const id = linked.id;
    const index = rows.findIndex((row) => row.kind === "round" && row.round.id === id);
    if (index !== -1) {
      setExpanded(new Set([id]));
      setLinked({ state: "inList", id });
      virtualizer.scrollToIndex(index, { align: "start" });
      return;
    }
    setExpanded((previous) => new Set([...previous, id]));
    setLinked({ state: "fetched", id });
  }, [status, filters, linked, history.rounds, rows, virtualizer]);

  // Screen-reader and keyboard users land on the linked round's heading once it is on screen.
  const focusTarget =
    deepLink.state === "inList" ? deepLink.id : deepLink.state === "pinned" ? deepLink.round.id : null;
  // Only once: the heading may first appear a few frames later (scrolling there renders it), and
  // after that focus belongs to the person.
  const focused = useRef<string | null>(null);
  useEffect(() => {
    if (!focusTarget || focused.current === focusTarget) return;
    const frame = requestAnimationFrame(() => {
      const heading = document.getElementById(roundHeadingId(focusTarget));
      if (!heading) return;
      heading.focus();
      focused.current = focusTarget;
    });
    return () => cancelAnimationFrame(frame);
  }, [focusTarget, items.length]);

  const copyLink = useCallback(
    async (round: RoundView) => {
      const url = historyDeepLink(teamsAppId(), round.id, context.channelId);
      if (!url) {
        setLink({ url: null, round });
        return;
      }
      if (await copyText(url)) announce(t("history.link.copied"));
      else setLink({ url, round });
    },
    [announce, context.channelId],
  );

  const changeFilters = useCallback((next: HistoryFilters) => {
    setFilters(next);
    setFoldedInSearch(new Set());
    scroller.current?.scrollTo({ top: 0 });
  }, []);

  // One polite summary per result, so a screen reader hears what a search found. The filters are
  // read through a ref: a change of filters alone must not announce the previous query's result.
  const filtering = useRef(false);
  filtering.current = isFiltering(filters);
  useEffect(() => {
    if (status !== "ready") return;
    announce(
      history.rounds.length === 0
        ? filtering.current
          ? t("history.empty.filtered")
          : t("history.empty.none")
        : t("history.summary", { count: history.rounds.length }),
    );
  }, [status, history.rounds, announce]);

  const { replace } = history;
  const closeReview = useCallback(
    async (round: RoundView) => {
      try {
        const closed = await callApi<RoundView>(`${scopePath(scope)}/rounds/${round.id}/close`, {
          method: "POST",
        });
        replace(closed.data);
        announce(t("review.closed"));
      } catch (error) {
        announce(error instanceof ApiError ? problemText(error) : t("review.closeFailed"));
      }
    },
    [announce, scope, replace],
  );

  const cardProps = {
    timeZone,
    locale: context.locale,
    onToggle: toggle,
    onCopyLink: copyLink,
    onCloseReview: closeReview,
    query,
  };

  return (
    <div className={styles.panel}>
      <HistoryFiltersBar filters={filters} onChange={changeFilters} people={people} prompts={prompts} />

      {deepLink.state === "pinned" && (
        <section className={styles.pinned} aria-labelledby="linked-round-heading">
          <div className={styles.pinnedHead}>
            <h2 id="linked-round-heading" className={styles.pinnedHeading}>
              {t("history.link.pinned")}
            </h2>
            <Button appearance="subtle" onClick={() => setLinked({ state: "none" })}>
              {t("history.link.dismiss")}
            </Button>
          </div>
          <HistoryRoundCard
            {...cardProps}
            round={deepLink.round}
            expanded={isOpen(deepLink.round.id)}
            highlighted
          />
        </section>
      )}
      {deepLink.state === "missing" && (
        <div className={styles.state} role="alert">
          <Text>{t("history.link.missing")}</Text>
          <Button onClick={() => setLinked({ state: "none" })}>{t("history.link.dismiss")}</Button>
        </div>
      )}
      {deepLink.state === "failed" && <ProblemState error={deepLink.error} />}

      <div ref={scroller} className={styles.scroller}>
        {isBackwardRange(filters) ? (
          <div className={styles.state}>
            <Text>{t("history.filters.backwardHelp")}</Text>
          </div>
        ) : status === "loading" ? (
          <div className={styles.state}>
            <Spinner label={t("history.loading")} />
          </div>
        ) : status === "error" ? (
          <div className={styles.state}>
            <ProblemState error={history.error} onRetry={history.retry} />
          </div>
        ) : rows.length === 0 ? (
          <EmptyState filtered={isFiltering(filters)} onClear={() => changeFilters(NO_FILTERS)} />
        ) : (
          <>
            <div
              role="list"
              aria-label={t("history.list.label")}
              aria-busy={loadingMore}
              className={styles.list}
              style={{ height: virtualizer.getTotalSize() }}
            >
              {items.map((item) => {
                const row = rows[item.index];
                if (!row) return null;
                return (
                  <div
                    key={item.key}
                    role="listitem"
                    aria-setsize={nextCursor ? -1 : rows.length}
                    aria-posinset={item.index + 1}
                    data-index={item.index}
                    ref={virtualizer.measureElement}
                    className={styles.row}
                    style={{ transform: `translateY(${item.start}px)` }}
                  >
                    {row.kind === "week" ? (
                      <WeekHeading row={row} />
                    ) : (
                      <HistoryRoundCard
                        {...cardProps}
                        round={row.round}
                        expanded={isOpen(row.round.id)}
                        highlighted={deepLink.state === "inList" && deepLink.id === row.round.id}
                      />
                    )}
                  </div>
                );
              })}
            </div>
            <div className={styles.end}>
              {loadingMore ? (
                <Spinner size="small" label={t("history.loadingMore")} />
              ) : moreError ? (
                <ProblemState error={moreError} onRetry={loadMore} />
              ) : nextCursor ? (
                <Button onClick={loadMore}>{t("history.more")}</Button>
              ) : (
                <Caption1>{t("history.end")}</Caption1>
              )}
            </div>
          </>
        )}
      </div>
      {link && <CopyLinkDialog link={link} onClose={() => setLink(null)} />}
    </div>
  );
}

const WeekHeading = memo(function WeekHeading({
  row,
}: {
  row: Extract<TimelineRow, { kind: "week" }>;
}) {
  const styles = useStyles();
  return (
    <div className={styles.week}>
      <h2 className={styles.weekHeading}>
        {t("history.week.heading", { date: formatDay(row.weekStart, "long") })}
      </h2>
      <Text className={styles.counts}>
        {t("history.week.counts", {
          rounds: row.counts.rounds,
          answers: row.counts.answers,
          experiments: row.counts.experiments,
        })}
      </Text>
    </div>
  );
});

function EmptyState({ filtered, onClear }: { filtered: boolean; onClear(): void }) {
  const styles = useStyles();
  return (
    <div className={styles.state}>
      <Text weight="semibold">{filtered ? t("history.empty.filtered") : t("history.empty.none")}</Text>
      <Text>{filtered ? t("history.empty.filteredHelp") : t("history.empty.noneHelp")}</Text>
      {filtered && <Button onClick={onClear}>{t("history.filters.clear")}</Button>}
    </div>
  );
}

/**
 * People who answered under their own name in what was loaded, for the author filter. The list
 * only grows while the tab is open, so narrowing the timeline never removes a choice.
 */
function usePeople(rounds: readonly RoundView[]): Person[] {
  const [people, setPeople] = useState<ReadonlyMap<string, Person>>(new Map());
  useEffect(() => {
    setPeople((previous) => {
      let next: Map<string, Person> | undefined;
      for (const round of rounds) {
        for (const answer of round.answers) {
          if (
            answer.anonymous ||
            !answer.author ||
            previous.has(answer.author.oid) ||
            next?.has(answer.author.oid)
          )
            continue;
          next ??= new Map(previous);
          next.set(answer.author.oid, answer.author);
        }
      }
      return next ?? previous;
    });
  }, [rounds]);
  return useMemo(() => [...people.values()].sort((a, b) => a.name.localeCompare(b.name)), [people]);
}

/** What the page shows for a deep link: a fetched round is pinned above the list, or missing, or failed. */
function deepLinkOf(linked: LinkedRound, fetched: ResourceState<RoundView>): DeepLink {
  if (linked.state !== "fetched") return linked;
  if (fetched.state === "ready") return { state: "pinned", round: fetched.data };
  if (fetched.state === "failed") {
    return isStatus(fetched.error, 404)
      ? { state: "missing", id: linked.id }
      : { state: "failed", id: linked.id, error: fetched.error };
  }
  return { state: "pending", id: linked.id };
}

/** The scope's prompts for the prompt filter; without them the filter offers only "Any prompt". */
function useScopePrompts(scope: string): readonly PromptView[] {
  const [prompts, setPrompts] = useState<readonly PromptView[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    callApi<PromptsResponse>(`${scopePath(scope)}/prompts`, { signal: controller.signal }).then(
      (result) => setPrompts(localizedPrompts(result.data).prompts),
      () => undefined,
    );
    return () => controller.abort();
  }, [scope]);
  return prompts;
}
