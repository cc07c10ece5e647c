import { Activity } from "@microsoft/agents-activity";
import type { ConversationReference } from "@microsoft/agents-activity";
import type { CloudAdapter, ConnectorClient, TurnContext } from "@microsoft/agents-hosting";
import { TeamsInfo } from "@microsoft/agents-hosting-extensions-teams";
import type { MeetingNotification } from "@microsoft/agents-hosting-extensions-teams";

/** A conversation member as the Bot Connector lists it: `id` is Teams' user id, `aadObjectId` the Entra oid. */
export interface Member {
  id: string;
  aadObjectId: string | null;
}

/** The bot's outgoing side: everything the notifications need from the Bot Connector. */
export interface Messenger {
  /** Posts a message into the conversation; resolves with the new message's id. */
  post(reference: ConversationReference, activity: object): Promise<string | null>;
  /** Replaces an earlier message (for example the prompt card once its round closed). */
  update(reference: ConversationReference, messageId: string, activity: object): Promise<void>;
  /** The conversation's members; for a team, the team's (`teamId` is Teams' id of the team). */
  members(reference: ConversationReference, teamId: string | null): Promise<Member[]>;
  meetingNotification(
    reference: ConversationReference,
    meetingId: string,
    notification: MeetingNotification,
  ): Promise<void>;
  /**
   * The Bot Connector's meeting details (`GET {serviceUrl}/v1/meetings/{meetingId}`): the meeting's
   * join URL, organizer and conversation, as Teams' JSON. Needs the RSC permission
   * `ChannelMeeting.ReadBasic.Group` for a channel meeting.
   */
  meetingInfo(reference: ConversationReference, meetingId: string): Promise<unknown>;
}

/** Raised when the connector did not answer in time: the message may or may not have been posted. */
export class SendTimeoutError extends Error {
  readonly code = "SEND_TIMEOUT";
}

/**
 * Proactive messages through `CloudAdapter.continueConversation`. The adapter needs a bot id even
 * when no credentials are configured (Playground mode), so the reference's own bot id stands in.
 */
export function createMessenger(adapter: CloudAdapter, appId: string, timeoutMs: number): Messenger {
  const inConversation = <T>(reference: ConversationReference, work: (context: TurnContext) => Promise<T>) =>
    withTimeout(
      new Promise<T>((resolve, reject) => {
        let result: { value: T } | undefined;
        adapter
          .continueConversation(
            appId || reference.agent?.id || "learning-loop",
            reference,
            async (context) => {
              result = { value: await work(context) };
            },
          )
          .then(
            () => (result ? resolve(result.value) : reject(new Error("the turn ended without a result"))),
            reject,
          );
      }),
      timeoutMs,
    );
  return {
    // A new message, not a reply: `sendActivity` would make it a reply to the continuation's made-up id.
    post: (reference, activity) =>
      inConversation(reference, async (context) => {
        const message = Activity.fromObject({
          ...activity,
          channelId: reference.channelId,
          serviceUrl: reference.serviceUrl,
          conversation: reference.conversation,
          from: reference.agent ?? undefined,
        });
        const client = context.turnState.get<ConnectorClient>(adapter.ConnectorClientKey);
        const response = await client.sendToConversation(reference.conversation.id, message);
        return response?.id ?? null;
      }),
    update: (reference, messageId, activity) =>
      inConversation(reference, async (context) => {
        const replacement = Activity.fromObject({ ...activity, id: messageId });
        replacement.conversation = context.activity.conversation;
        replacement.serviceUrl = context.activity.serviceUrl;
        await context.updateActivity(replacement);
      }),
    members: (reference, teamId) =>
      inConversation(reference, async (context) => {
        // TeamsInfo reads the team from channelData, which a continuation activity does not carry.
        context.activity.channelData = {
          tenant: { id: reference.conversation.tenantId },
          ...(teamId ? { team: { id: teamId } } : {}),
        };
        const members: Member[] = [];
        let continuationToken: string | undefined;
        do {
          const page = await TeamsInfo.getPagedMembers(context, 500, continuationToken);
          for (const member of page.members ?? []) {
            if (member.id)
              members.push({ id: member.id, aadObjectId: member.aadObjectId?.toLowerCase() ?? null });
          }
          continuationToken = page.continuationToken || undefined;
        } while (continuationToken);
        return members;
      }),
    meetingNotification: (reference, meetingId, notification) =>
      inConversation(reference, async (context) => {
        context.activity.channelData = { tenant: { id: reference.conversation.tenantId } };
        await TeamsInfo.sendMeetingNotification(context, notification, meetingId);
      }),
    // The SDK puts the id into the path as it is; a base64 id can hold "/", "+" and "=".
    meetingInfo: (reference, meetingId) =>
      inConversation(reference, (context) =>
        TeamsInfo.getMeetingInfo(context, encodeURIComponent(meetingId)),
      ),
  };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new SendTimeoutError(`no answer from the connector in ${ms} ms`)),
      ms,
    );
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
