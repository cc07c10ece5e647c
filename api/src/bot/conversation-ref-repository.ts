import type { ConversationRefDoc } from "../cosmos/documents";
import type { Db } from "../cosmos/db";
import { containerOf } from "../cosmos/db";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";
import { readInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";
import { CONVERSATION_REF_ID } from "./conversation-refs";

/** Every read and write of the scopes' conversation references (conversation-refs.ts builds them). */

export async function saveConversationRef(db: Db, doc: ConversationRefDoc): Promise<void> {
  await withRetry(() => containerOf(db).items.upsert(doc));
}

export function readConversationRef(db: Db, at: Scoped): Promise<ConversationRefDoc | undefined> {
  return readInScope<ConversationRefDoc>(db, at, CONVERSATION_REF_ID, "conversationRef");
}

export async function deleteConversationRef(db: Db, at: Scoped): Promise<void> {
  try {
    await withRetry(() => containerOf(db).item(CONVERSATION_REF_ID, at.pk).delete());
  } catch (error) {
    if (cosmosStatus(error) !== 404) throw error;
  }
}

/**
 * Every scope the bot is installed in. A query across partitions, acceptable because only the
 * background jobs (digest, check-backs) ask it, never a person's request.
 */
export async function listConversationRefs(db: Db): Promise<ConversationRefDoc[]> {
  const { resources } = await withRetry(() =>
    containerOf(db)
      .items.query<ConversationRefDoc>({
        query: 'SELECT * FROM c WHERE c.type = "conversationRef" AND c.id = @id',
        parameters: [{ name: "@id", value: CONVERSATION_REF_ID }],
      })
      .fetchAll(),
  );
  return resources;
}

/** The references stored for a team, found by Teams' team id when an activity does not name its group. */
export async function findTeamConversationRefs(
  db: Db,
  tid: string,
  teamId: string,
): Promise<ConversationRefDoc[]> {
  const { resources } = await withRetry(() =>
    containerOf(db)
      .items.query<ConversationRefDoc>({
        query: 'SELECT * FROM c WHERE c.type = "conversationRef" AND c.tid = @tid AND c.teamId = @teamId',
        parameters: [
          { name: "@tid", value: tid },
          { name: "@teamId", value: teamId },
        ],
      })
      .fetchAll(),
  );
  return resources;
}
