import type { Activity } from "@microsoft/agents-activity";
import type { Db } from "../cosmos/db";
import type { ConversationRefDoc } from "../cosmos/documents";
import type { Scoped } from "../cosmos/scoped";
import { readConversationRef } from "./conversation-ref-repository";
import { conversationMatches, tenantOf } from "./conversation-refs";
import { errorResponse } from "./invoke-response";
import type { Words } from "../i18n/words";
import type { InvokeResponseActivity } from "./invoke-response";

/** Who acts on a card and where: the person (tenant + Entra oid from Teams) and the card's scope. */
export interface CardActor {
  at: Scoped;
  oid: string;
  name: string;
  ref: ConversationRefDoc;
}

/**
 * The person behind a card action, in the scope the card names. The card names its scope, but only
 * a conversation of that scope may act on it; a person Teams did not name cannot act at all.
 */
export async function cardActor(
  activity: Activity,
  scope: string,
  db: Db,
  { s }: Words,
): Promise<CardActor | InvokeResponseActivity> {
  const tid = tenantOf(activity);
  const oid = activity.from?.aadObjectId?.toLowerCase();
  if (!tid || !oid) return errorResponse(401, s.actionWhoAreYou);
  const at: Scoped = { tid, scope, pk: `${tid}|${scope}` };
  const ref = await readConversationRef(db, at);
  if (!ref || !conversationMatches(ref, activity)) {
    return errorResponse(403, s.actionWrongConversation);
  }
  return { at, oid, name: activity.from?.name ?? "", ref };
}
