import type { Activity } from "@microsoft/agents-activity";
import { scopeSchema } from "@learning-loop/contract";
import type { ConversationRefDoc } from "../cosmos/documents";
import type { Scoped } from "../cosmos/scoped";

export const CONVERSATION_REF_ID: ConversationRefDoc["id"] = "conversationRef";

/** The tenant of an activity, lower-case like the tid of a validated token. */
export function tenantOf(activity: Activity): string | null {
  const tid =
    activity.conversation?.tenantId ?? (activity.channelData as TeamsChannelData | undefined)?.tenant?.id;
  return typeof tid === "string" && tid ? tid.toLowerCase() : null;
}

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string; aadGroupId?: string };
  channel?: { id?: string };
  eventType?: string;
}

export const channelDataOf = (activity: Activity): TeamsChannelData =>
  (typeof activity.channelData === "object" && activity.channelData !== null
    ? activity.channelData
    : {}) as TeamsChannelData;

/** A channel post's conversation id carries `;messageid=…`; the conversation itself is the part before. */
export const baseConversationId = (id: string) => id.split(";")[0] ?? id;

/**
 * The scope an activity belongs to: `team:{aadGroupId}` in a team's channels, `chat:{chatId}` in a
 * group or meeting chat, nothing in a personal chat (the app has no personal scope) or when Teams
 * did not say which group a team is.
 */
export function scopeOfActivity(activity: Activity): Scoped | null {
  const tid = tenantOf(activity);
  const conversation = activity.conversation;
  if (!tid || !conversation?.id) return null;
  const team = channelDataOf(activity).team;
  let scope: string | null = null;
  if (team) scope = team.aadGroupId ? `team:${team.aadGroupId}` : null;
  else if (conversation.conversationType !== "personal" && conversation.isGroup !== false) {
    scope = `chat:${baseConversationId(conversation.id)}`;
  }
  if (!scope || !scopeSchema.safeParse(scope).success) return null;
  return { tid, scope, pk: `${tid}|${scope}` };
}

export function conversationRefFor(activity: Activity, at: Scoped, now = new Date()): ConversationRefDoc {
  const conversation = activity.conversation!;
  const channelData = channelDataOf(activity);
  const conversationId = baseConversationId(conversation.id);
  return {
    id: CONVERSATION_REF_ID,
    pk: at.pk,
    tid: at.tid,
    scope: at.scope,
    type: "conversationRef",
    reference: {
      channelId: activity.channelId ?? "msteams",
      serviceUrl: activity.serviceUrl,
      locale: activity.locale,
      agent: activity.recipient ? { id: activity.recipient.id, name: activity.recipient.name } : undefined,
      conversation: {
        id: conversationId,
        tenantId: conversation.tenantId ?? at.tid,
        conversationType: conversation.conversationType,
        isGroup: conversation.isGroup,
      },
    },
    teamId: channelData.team?.id ?? null,
    channelId: channelData.team ? (channelData.channel?.id ?? conversationId) : null,
    updatedAt: now.toISOString(),
  };
}

/** Whether an activity comes from the conversation the scope's reference points at (or its team). */
export function conversationMatches(ref: ConversationRefDoc, activity: Activity): boolean {
  if (tenantOf(activity) !== ref.tid || !activity.conversation?.id) return false;
  const teamId = channelDataOf(activity).team?.id;
  if (ref.teamId && teamId) return teamId === ref.teamId;
  return baseConversationId(activity.conversation.id) === ref.reference.conversation.id;
}
