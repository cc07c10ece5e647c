import type { Db } from "../cosmos/db";
import type { HistoryResponse } from "@learning-loop/contract";
import { todayIn } from "@learning-loop/contract";
import { rememberRoundStart } from "../rounds/round-start";
import { readScopeSettings } from "../scopes/scope-settings";
import { toRoundView } from "../rounds/round-view";
import type { Viewer } from "../rounds/round-view";
import { DomainError } from "../domain/errors";
import { findPrompt } from "../prompts/find-prompt";
import { decodeCursor, encodeCursor } from "./cursor";
import type { CursorSecret } from "./cursor";
import { isFiltered, matchesVisible } from "./history-filter";
import { candidateRoundIds } from "./history-repository";
import type { HistoryFilter } from "./history-filter";
import { readRoundGroups } from "./round-groups";

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
 * signed keyset cursor. Without filters a page is one query (round-groups.ts) and the scope's
 * settings read (for "today"); a filter adds its candidate query first.
 */
export async function readHistory(
  db: Db,
  viewer: Viewer,
  secret: CursorSecret,
  query: HistoryQuery,
): Promise<HistoryResponse> {
  const { access } = viewer;
  const after = query.cursor ? decodeCursor(secret, access.pk, query.cursor) : undefined;
  if (query.promptId !== undefined && !(await findPrompt(db, access, query.promptId))) {
    throw new DomainError(
      "invalid",
      "Must be the id of a library prompt or of one of this scope's own prompts.",
      "promptId",
    );
  }
  const filtered = isFiltered(query);
  const candidates = filtered ? await candidateRoundIds(db, access, query) : undefined;
  if (candidates?.length === 0) return { items: [], nextCursor: null };

  const window = { after, from: query.from, until: query.until, roundIds: candidates };
  const [{ groups, more }, settings] = await Promise.all([
    readRoundGroups(db, access, access.oid, window, query.limit),
    readScopeSettings(db, access),
  ]);
  const today = todayIn(settings.timezone);
  const items = groups.flatMap(({ round, answers, myReactions, experiments }) => {
    if (!round) return [];
    rememberRoundStart(round);
    const view = toRoundView(round, { answers, myReactions, experiments, today }, viewer);
    return !filtered || matchesVisible(view, experiments, query) ? [view] : [];
  });
  const last = groups.at(-1);
  return {
    items,
    nextCursor:
      more && last ? encodeCursor(secret, access.pk, { startedAt: last.roundAt, id: last.roundId }) : null,
  };
}
