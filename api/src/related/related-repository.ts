import type { Db } from "../cosmos/db";
import type { AnswerDoc, ExperimentDoc, RoundDoc } from "../cosmos/documents";
import { queryInScope, queryPagesInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

/**
 * The fields of rounds, answers and experiments the related index keeps, with Cosmos DB's `_ts`
 * (seconds, set by the server on every write) so an index can ask for what changed since.
 */
export type IndexSourceDoc = (
  | Pick<RoundDoc, "id" | "type" | "roundAt" | "promptText" | "status" | "revealMode" | "revealed">
  | Pick<AnswerDoc, "id" | "type" | "roundId" | "roundAt" | "text" | "mode" | "anonymous" | "author">
  | Pick<
      ExperimentDoc,
      | "id"
      | "type"
      | "roundId"
      | "roundAt"
      | "text"
      | "status"
      | "outcome"
      | "sourceAnswerId"
      | "createdAt"
      | "closedAt"
    >
) & { _ts: number };

/** Documents per page of a delta, as many as a build's page (index-cache.ts). */
const DELTA_PAGE = 2000;

const SELECT =
  "c.id, c.type, c.roundId, c.roundAt, c.promptText, c.status, c.revealMode, c.revealed, c.text, c.mode, " +
  "c.anonymous, c.author, c.outcome, c.sourceAnswerId, c.createdAt, c.closedAt, c._ts";
const TYPES = '(c.type = "round" OR c.type = "answer" OR c.type = "experiment")';

/** Every round, answer and experiment of the scope, a page at a time: building an instance's index. */
export const indexSourcePages = (db: Db, at: Scoped, pageSize = 5000): AsyncGenerator<IndexSourceDoc[]> =>
  queryPagesInScope<IndexSourceDoc>(db, at, { select: SELECT, where: TYPES }, pageSize);

/**
 * One query: what was written since `since` (seconds, inclusive) and the current state of `ids`
 * (an id missing from the answer was deleted). Keeps a built index current and checks its
 * candidates before they are shown. Usually a handful of documents, but the first delta after a
 * build reaches back over the build's own duration, which right after a bulk import holds
 * thousands: read in pages as large as a build's, not the SDK's 100 (one round trip per 100
 * documents made that delta take minutes on the local server, which scans per page).
 */
export const changedOrListed = (
  db: Db,
  at: Scoped,
  since: number,
  ids: string[],
): Promise<IndexSourceDoc[]> =>
  queryInScope<IndexSourceDoc>(
    db,
    at,
    {
      select: SELECT,
      where: `${TYPES} AND (c._ts >= @since OR ARRAY_CONTAINS(@ids, c.id))`,
      parameters: [
        { name: "@since", value: since },
        { name: "@ids", value: ids },
      ],
    },
    DELTA_PAGE,
  );
