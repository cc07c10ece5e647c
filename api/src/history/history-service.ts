import type { Container } from "@azure/cosmos";
import type { HistoryResponse } from "@learning-loop/contract";
import type { RoundDoc } from "../cosmos/documents";
import { queryInScope } from "../cosmos/scoped";
import { todayIn } from "../calendar/calendar";
import { listRoundContent } from "../rounds/round-repository";
import { readScopeSettings } from "../scopes/scope-settings";
import { toRoundView } from "../rounds/round-view";
import type { Viewer } from "../rounds/round-view";
import { decodeCursor, encodeCursor } from "./cursor";
import type { CursorSecret } from "./cursor";
import { candidateRoundIds, isFiltered, matchesVisible } from "./history-filter";
import type { HistoryFilter } from "./history-filter";

export interface HistoryQuery extends HistoryFilter {
  limit: number;
  cursor?: string;
  /** Inclusive lower bound on the round's start (ISO date-time). */
  from?: string;
  /** Exclusive upper bound on the round's start (ISO date-time). */
  until?: string;
}

/**
 * Rounds newest first, each with the answers its viewer may see and its experiments, paged by a
 * signed keyset cursor. Without filters a page is two queries: the rounds, then their content.
 */
export async function readHistory(
  container: Container,
  viewer: Viewer,
  secret: CursorSecret,
  query: HistoryQuery,
): Promise<HistoryResponse> {
  const { access } = viewer;
  const after = query.cursor ? decodeCursor(secret, access.pk, query.cursor) : undefined;
  const filtered = isFiltered(query);
  const candidates = filtered ? await candidateRoundIds(container, access, query) : [];
  if (filtered && candidates.length === 0) return { items: [], nextCursor: null };

  const rounds = await queryInScope<RoundDoc>(container, access, {
    where: [
      'c.type = "round"',
      after ? "(c.startedAt < @startedAt OR (c.startedAt = @startedAt AND c.id < @id))" : "",
      query.from ? "c.startedAt >= @from" : "",
      query.until ? "c.startedAt < @until" : "",
      filtered ? "ARRAY_CONTAINS(@candidates, c.id)" : "",
    ]
      .filter(Boolean)
      .join(" AND "),
    parameters: [
      { name: "@startedAt", value: after?.startedAt ?? null },
      { name: "@id", value: after?.id ?? null },
      { name: "@from", value: query.from ?? null },
      { name: "@until", value: query.until ?? null },
      { name: "@candidates", value: candidates },
    ],
    orderBy: "c.startedAt DESC, c.id DESC",
    top: query.limit + 1,
  });
  const page = rounds.slice(0, query.limit);
  const [content, settings] = await Promise.all([
    listRoundContent(
      container,
      access,
      page.map((round) => round.id),
      access.oid,
    ),
    readScopeSettings(container, access),
  ]);
  const today = todayIn(settings.timezone);
  const last = page[page.length - 1];
  const items = page.flatMap((round) => {
    const experiments = content.experiments.filter((experiment) => experiment.roundId === round.id);
    const view = toRoundView(
      round,
      {
        answers: content.answers.filter((answer) => answer.roundId === round.id),
        myReactions: content.myReactions,
        experiments,
        today,
      },
      viewer,
    );
    return !filtered || matchesVisible(view, experiments, query) ? [view] : [];
  });
  return {
    items,
    nextCursor:
      rounds.length > query.limit && last
        ? encodeCursor(secret, access.pk, { startedAt: last.startedAt, id: last.id })
        : null,
  };
}
