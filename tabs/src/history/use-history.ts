import type { HistoryResponse, RoundView } from "@learning-loop/contract";
import { useCallback, useEffect, useRef, useState } from "react";
import { callApi, scopePath } from "../api/api-client";
import { historyQuery, isBackwardRange } from "./history-query";
import type { HistoryFilters } from "./history-query";
import { appendPage } from "./timeline-rows";

export interface HistoryPages {
  rounds: RoundView[];
  /** "loading" only for the first page of a query; later pages set `loadingMore`. */
  status: "loading" | "ready" | "error";
  error: unknown;
  nextCursor: string | null;
  loadingMore: boolean;
  /** A later page failed; what is loaded stays on screen and `loadMore` tries again. */
  moreError: unknown;
}

const INITIAL: HistoryPages = {
  rounds: [],
  status: "loading",
  error: null,
  nextCursor: null,
  loadingMore: false,
  moreError: null,
};

/**
 * The timeline's pages for one set of filters. A new query (filters changed) aborts whatever is
 * in flight and starts from the first page, so a slow answer to an old search can never replace
 * the results of the new one. Pages are appended without duplicates.
 */
export function useHistory(scope: string, filters: HistoryFilters, timeZone: string | null) {
  const [pages, setPages] = useState<HistoryPages>(INITIAL);
  const [attempt, setAttempt] = useState(0);
  const query = useRef<AbortController | null>(null);
  const loadingMore = useRef(false);

  const fetchPage = useCallback(
    async (cursor: string | null, signal: AbortSignal): Promise<HistoryResponse> => {
      const search = historyQuery(filters, timeZone ?? "UTC", cursor);
      const result = await callApi<HistoryResponse>(`${scopePath(scope)}/history?${search}`, { signal });
      return result.data;
    },
    [filters, scope, timeZone],
  );

  useEffect(() => {
    if (timeZone === null || isBackwardRange(filters)) return;
    const controller = new AbortController();
    query.current = controller;
    loadingMore.current = false;
    setPages(INITIAL);
    fetchPage(null, controller.signal).then(
      (page) => {
        if (controller.signal.aborted) return;
        setPages({
          ...INITIAL,
          status: "ready",
          rounds: appendPage([], page.items),
          nextCursor: page.nextCursor,
        });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setPages({ ...INITIAL, status: "error", error });
      },
    );
    return () => controller.abort();
  }, [fetchPage, timeZone, filters, attempt]);

  const loadMore = useCallback(() => {
    const controller = query.current;
    if (!controller || loadingMore.current || pages.status !== "ready" || !pages.nextCursor) return;
    loadingMore.current = true;
    const cursor = pages.nextCursor;
    setPages((previous) => ({ ...previous, loadingMore: true, moreError: null }));
    fetchPage(cursor, controller.signal).then(
      (page) => {
        loadingMore.current = false;
        if (controller.signal.aborted) return;
        setPages((previous) => ({
          ...previous,
          loadingMore: false,
          rounds: appendPage(previous.rounds, page.items),
          nextCursor: page.nextCursor,
        }));
      },
      (error: unknown) => {
        loadingMore.current = false;
        if (controller.signal.aborted) return;
        setPages((previous) => ({ ...previous, loadingMore: false, moreError: error }));
      },
    );
  }, [fetchPage, pages.nextCursor, pages.status]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);

  /** Shows a round as it is now (a review closed from its card): the list keeps its place. */
  const replace = useCallback(
    (round: RoundView) =>
      setPages((current) => ({
        ...current,
        rounds: current.rounds.map((shown) => (shown.id === round.id ? round : shown)),
      })),
    [],
  );

  return { ...pages, loadMore, retry, replace };
}
