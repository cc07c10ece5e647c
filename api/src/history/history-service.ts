import type { Container } from "@azure/cosmos";
import type { HistoryResponse } from "@learning-loop/contract";
import type { RoundDoc } from "../cosmos/documents";
import { withRetry } from "../cosmos/retry";
import { listAnswers } from "../rounds/round-repository";
import { toRoundView } from "../rounds/round-view";
import type { Viewer } from "../rounds/round-view";
import { decodeCursor, encodeCursor } from "./cursor";
import type { CursorSecret } from "./cursor";

export interface HistoryQuery {
  limit: number;
  cursor?: string;
}

/** Rounds newest first, each with the answers its viewer may see, paged by a keyset cursor. */
export async function readHistory(
  container: Container,
  viewer: Viewer,
  secret: CursorSecret,
  query: HistoryQuery,
): Promise<HistoryResponse> {
  const { access } = viewer;
  const after = query.cursor ? decodeCursor(secret, access.pk, query.cursor) : undefined;
  const keyset = after ? " AND (c.startedAt < @startedAt OR (c.startedAt = @startedAt AND c.id < @id))" : "";
  const { resources: rounds } = await withRetry(() =>
    container.items
      .query<RoundDoc>(
        {
          query: `SELECT TOP @take * FROM c WHERE c.pk = @pk AND c.tid = @tid AND c.scope = @scope AND c.type = "round"${keyset} ORDER BY c.startedAt DESC, c.id DESC`,
          parameters: [
            { name: "@take", value: query.limit + 1 },
            { name: "@pk", value: access.pk },
            { name: "@tid", value: access.tid },
            { name: "@scope", value: access.scope },
            { name: "@startedAt", value: after?.startedAt ?? null },
            { name: "@id", value: after?.id ?? null },
          ],
        },
        { partitionKey: access.pk },
      )
      .fetchAll(),
  );
  const page = rounds.slice(0, query.limit);
  const answers = await listAnswers(
    container,
    access,
    page.map((round) => round.id),
  );
  const last = page[page.length - 1];
  return {
    items: page.map((round) =>
      toRoundView(
        round,
        answers.filter((answer) => answer.roundId === round.id),
        viewer,
      ),
    ),
    nextCursor:
      rounds.length > query.limit && last
        ? encodeCursor(secret, access.pk, { startedAt: last.startedAt, id: last.id })
        : null,
  };
}
