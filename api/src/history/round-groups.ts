import type { Db } from "../cosmos/db";
import type { AnswerDoc, ExperimentDoc, ReactionDoc, RoundDoc } from "../cosmos/documents";
import type { Scoped } from "../cosmos/scoped";
import { byShownOrder } from "../answers/answer-time";
import { inRoundDocPages } from "./history-repository";
import type { GroupWindow } from "./history-repository";

/** A round and everything in it that a history page shows to one viewer. */
export interface RoundGroup {
  roundId: string;
  roundAt: string;
  /** Missing only when the round was deleted and something of it was not (yet). */
  round?: RoundDoc;
  answers: AnswerDoc[];
  /** The viewer's own reactions only: enough to show what they reacted with, and nobody else's. */
  myReactions: ReactionDoc[];
  experiments: ExperimentDoc[];
}

/** Results per request: a page of 20 rounds with ten answers each is about 220 documents. */
const PAGE_SIZE = 500;

/**
 * The newest `limit` rounds in the window with their content, in ONE query: every document of a
 * round carries the round's `roundAt` and `roundId` (documents.ts `InRound`), so ordering by that
 * pair brings each round's documents together, newest round first, served by the container's
 * composite index. The query is read page by page only until the first document of the round after
 * the last one wanted arrives, which is also how `more` is known.
 */
export async function readRoundGroups(
  db: Db,
  at: Scoped,
  viewerOid: string,
  window: GroupWindow,
  limit: number,
  pageSize = PAGE_SIZE,
): Promise<{ groups: RoundGroup[]; more: boolean }> {
  const groups: RoundGroup[] = [];
  const pages = inRoundDocPages(db, at, viewerOid, window, pageSize);
  for await (const docs of pages) {
    for (const doc of docs) {
      let group = groups.at(-1);
      if (group?.roundId !== doc.roundId) {
        if (groups.length === limit) return { groups: groups.map(sortAnswers), more: true };
        group = {
          roundId: doc.roundId!,
          roundAt: doc.roundAt!,
          answers: [],
          myReactions: [],
          experiments: [],
        };
        groups.push(group);
      }
      if (doc.type === "round") group.round = doc;
      else if (doc.type === "answer") group.answers.push(doc);
      else if (doc.type === "reaction") group.myReactions.push(doc);
      else group.experiments.push(doc);
    }
  }
  return { groups: groups.map(sortAnswers), more: false };
}

function sortAnswers(group: RoundGroup): RoundGroup {
  group.answers.sort(byShownOrder);
  return group;
}
