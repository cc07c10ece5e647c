import type { PromptKind } from "@learning-loop/contract";
import { addDays, zonedTimeToInstant } from "@learning-loop/contract";

/** What the person asked the timeline for. Every filter is applied by the API, and they combine. */
export interface HistoryFilters {
  /** Free text; the API folds case and accents. */
  q: string;
  /** A learning mode or prompt kind: matches the round's prompt kind or any answer's mode tag. */
  mode: PromptKind | "";
  /** The oid of a person who answered under their name. Anonymous answers never match anyone. */
  author: string;
  /** A prompt's id (library or the team's own): rounds started with it. */
  promptId: string;
  hasExperiments: boolean;
  /** First day (`YYYY-MM-DD`, in the scope's time zone), inclusive. */
  from: string;
  /** Last day (`YYYY-MM-DD`, in the scope's time zone), inclusive. */
  to: string;
}

export const NO_FILTERS: HistoryFilters = {
  q: "",
  mode: "",
  author: "",
  promptId: "",
  hasExperiments: false,
  from: "",
  to: "",
};

export const PAGE_SIZE = 40;

export const isFiltering = (filters: HistoryFilters): boolean =>
  filters.q.trim() !== "" ||
  filters.mode !== "" ||
  filters.author !== "" ||
  filters.promptId !== "" ||
  filters.hasExperiments ||
  filters.from !== "" ||
  filters.to !== "";

/** True when both dates are set and the range is empty; the timeline then asks the person to fix it. */
export const isBackwardRange = (filters: HistoryFilters): boolean =>
  filters.from !== "" && filters.to !== "" && filters.from > filters.to;

/**
 * The query string of one history page. Dates are days in the scope's time zone, so they are sent
 * as the instants those days begin there (`to` as the start of the following day, which the API
 * treats as exclusive); sending bare dates would cut the days at UTC midnight instead.
 */
export function historyQuery(
  filters: HistoryFilters,
  timeZone: string,
  cursor: string | null = null,
  limit = PAGE_SIZE,
): URLSearchParams {
  const query = new URLSearchParams({ limit: String(limit) });
  if (cursor) query.set("cursor", cursor);
  const q = filters.q.trim();
  if (q) query.set("q", q.slice(0, 200));
  if (filters.mode) query.set("mode", filters.mode);
  if (filters.author) query.set("author", filters.author);
  if (filters.promptId) query.set("promptId", filters.promptId);
  if (filters.hasExperiments) query.set("hasExperiments", "true");
  if (filters.from) query.set("from", zonedTimeToInstant(filters.from, timeZone).toISOString());
  if (filters.to) query.set("to", zonedTimeToInstant(addDays(filters.to, 1), timeZone).toISOString());
  return query;
}
