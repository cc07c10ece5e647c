import type { SqlParameter } from "@azure/cosmos";
import type { Db } from "../cosmos/db";
import type { AnswerDoc, ExperimentDoc, ReactionDoc, RoundDoc } from "../cosmos/documents";
import { queryPagesInScope, queryInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";
import { foldForSearch } from "../search/normalize";
import type { HistoryFilter } from "./history-filter";

/** The history's queries: a filter's candidate rounds, and every document of a window of rounds. */

export interface GroupWindow {
  /** Rounds strictly older than this keyset position (a cursor). */
  after?: { startedAt: string; id: string };
  /** Inclusive lower bound on the round's start. */
  from?: string;
  /** Exclusive upper bound on the round's start. */
  until?: string;
  /** Only these rounds (a filter's candidates). */
  roundIds?: string[];
}

export type InRoundDoc = RoundDoc | AnswerDoc | ExperimentDoc | ReactionDoc;

/**
 * The rounds of the window with their answers, experiments and the viewer's own reactions, newest
 * round first and each round's documents together, read `pageSize` at a time (round-groups.ts).
 */
export function inRoundDocPages(
  db: Db,
  at: Scoped,
  viewerOid: string,
  window: GroupWindow,
  pageSize: number,
): AsyncGenerator<InRoundDoc[]> {
  const where = [
    '(c.type = "round" OR c.type = "answer" OR c.type = "experiment" OR (c.type = "reaction" AND c.oid = @oid))',
    "IS_DEFINED(c.roundAt)",
    window.after ? "(c.roundAt < @afterAt OR (c.roundAt = @afterAt AND c.roundId < @afterId))" : "",
    window.from ? "c.roundAt >= @from" : "",
    window.until ? "c.roundAt < @until" : "",
    window.roundIds ? "ARRAY_CONTAINS(@roundIds, c.roundId)" : "",
  ].filter(Boolean);
  const parameters: SqlParameter[] = [
    { name: "@oid", value: viewerOid },
    { name: "@afterAt", value: window.after?.startedAt ?? null },
    { name: "@afterId", value: window.after?.id ?? null },
    { name: "@from", value: window.from ?? null },
    { name: "@until", value: window.until ?? null },
    { name: "@roundIds", value: window.roundIds ?? [] },
  ];
  return queryPagesInScope<InRoundDoc>(
    db,
    at,
    { where: where.join(" AND "), parameters, orderBy: "c.roundAt DESC, c.roundId DESC" },
    pageSize,
  );
}

/**
 * The ids of rounds that may match, one pushed-down query per filter, intersected. Only a narrowing:
 * `matchesVisible` decides on what the viewer may actually see, so a hidden answer can never make
 * its round show up in someone's search.
 */
export async function candidateRoundIds(db: Db, at: Scoped, filter: HistoryFilter): Promise<string[]> {
  const conditions: { where: string; value?: string }[] = [];
  if (filter.q !== undefined) {
    conditions.push({
      where:
        '(c.type = "round" OR c.type = "answer" OR c.type = "experiment") AND CONTAINS(c.search, @value)',
      value: foldForSearch(filter.q),
    });
  }
  if (filter.mode !== undefined) {
    conditions.push({
      where: '((c.type = "round" AND c.kind = @value) OR (c.type = "answer" AND c.mode = @value))',
      value: filter.mode,
    });
  }
  if (filter.author !== undefined) {
    conditions.push({
      where: 'c.type = "answer" AND c.anonymous = false AND c.author.oid = @value',
      value: filter.author,
    });
  }
  if (filter.promptId !== undefined) {
    conditions.push({ where: 'c.type = "round" AND c.promptId = @value', value: filter.promptId });
  }
  if (filter.hasExperiments) conditions.push({ where: 'c.type = "experiment" AND IS_STRING(c.roundId)' });

  let result: Set<string> | undefined;
  for (const condition of conditions) {
    const resources = await queryInScope<{ id: string; type: string; roundId?: string | null }>(db, at, {
      select: "c.id, c.type, c.roundId",
      where: condition.where,
      parameters: [{ name: "@value", value: condition.value ?? null }],
    });
    const ids = new Set(
      resources.map((doc) => (doc.type === "round" ? doc.id : (doc.roundId ?? ""))).filter(Boolean),
    );
    result = result ? new Set([...result].filter((id) => ids.has(id))) : ids;
  }
  return [...(result ?? [])];
}
