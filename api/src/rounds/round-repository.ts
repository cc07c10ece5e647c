import type { Container, PatchOperation } from "@azure/cosmos";
import type { AnswerDoc, RoundDoc } from "../cosmos/documents";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";

type Scoped = { pk: string; tid: string; scope: string };

export async function readRound(container: Container, at: Scoped, id: string): Promise<RoundDoc | undefined> {
  const { resource } = await withRetry(() => container.item(id, at.pk).read<RoundDoc>());
  // The local server does not scope by partition key, so check the tenant and scope ourselves.
  if (!resource || resource.type !== "round" || resource.tid !== at.tid || resource.scope !== at.scope) return undefined;
  return resource;
}

/** Creates a round, or returns the stored one when its id is already taken (a replayed create). */
export async function createRound(
  container: Container,
  doc: RoundDoc,
): Promise<{ created: boolean; round: RoundDoc | undefined }> {
  try {
    const { resource } = await withRetry(() => container.items.create<RoundDoc>(doc));
    return { created: true, round: resource };
  } catch (error) {
    if (cosmosStatus(error) !== 409) throw error;
    return { created: false, round: await readRound(container, doc, doc.id) };
  }
}

export async function findOpenRound(
  container: Container,
  at: Scoped,
  meetingId: string | undefined,
): Promise<RoundDoc | undefined> {
  const meetingFilter = meetingId === undefined ? "" : " AND c.meetingId = @meetingId";
  const { resources } = await withRetry(() =>
    container.items
      .query<RoundDoc>(
        {
          query: `SELECT TOP 1 * FROM c WHERE c.pk = @pk AND c.tid = @tid AND c.scope = @scope AND c.type = "round" AND c.status = "open"${meetingFilter} ORDER BY c.startedAt DESC`,
          parameters: [
            { name: "@pk", value: at.pk },
            { name: "@tid", value: at.tid },
            { name: "@scope", value: at.scope },
            { name: "@meetingId", value: meetingId ?? null },
          ],
        },
        { partitionKey: at.pk },
      )
      .fetchAll(),
  );
  return resources[0];
}

export async function listAnswers(container: Container, at: Scoped, roundIds: string[]): Promise<AnswerDoc[]> {
  if (roundIds.length === 0) return [];
  const { resources } = await withRetry(() =>
    container.items
      .query<AnswerDoc>(
        {
          query:
            'SELECT * FROM c WHERE c.pk = @pk AND c.tid = @tid AND c.scope = @scope AND c.type = "answer" AND ARRAY_CONTAINS(@roundIds, c.roundId) ORDER BY c.createdAt ASC',
          parameters: [
            { name: "@pk", value: at.pk },
            { name: "@tid", value: at.tid },
            { name: "@scope", value: at.scope },
            { name: "@roundIds", value: roundIds },
          ],
        },
        { partitionKey: at.pk },
      )
      .fetchAll(),
  );
  return resources;
}

/** Applies patch operations to a round and bumps its version so every poller sees the change. */
export async function patchRound(
  container: Container,
  at: Scoped,
  id: string,
  operations: PatchOperation[],
): Promise<RoundDoc> {
  const { resource } = await withRetry(() =>
    container.item(id, at.pk).patch<RoundDoc>([...operations, { op: "incr", path: "/version", value: 1 }]),
  );
  if (!resource) throw new Error("patch returned no round");
  return resource;
}
