import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import { close, listen, sendJson } from "./fake-jwks";

/**
 * A fake Bot Connector (the `serviceUrl` of a conversation reference) at its HTTP boundary, for the
 * meeting APIs the Agents Playground does not implement:
 * - `GET /v1/meetings/{meetingId}` answers the meeting stored under that id, as Teams'
 *   `MeetingInfo` (details, conversation, organizer), and 404 with the connector's error shape for
 *   any other;
 * - `POST /v1/meetings/{meetingId}/notification` (a targeted meeting notification) is recorded with
 *   its body and answered 202, as Teams does when every recipient got it;
 * - `GET /v3/conversations/{id}/pagedMembers` answers the members stored for that conversation
 *   (none for any other), in one page.
 * Every other request is recorded and answered 200 with an activity id.
 */

/** A conversation member as the connector lists it. */
export interface FakeConnectorMember {
  /** The connector's id (`29:…`). */
  id: string;
  aadObjectId: string;
  name: string;
}

/** A targeted meeting notification the bot sent. */
export interface FakeMeetingNotification {
  meetingId: string;
  body: { type?: string; value?: { recipients?: string[]; surfaces?: unknown[] } };
}

export interface FakeConnectorMeeting {
  joinUrl: string;
  /** The organizer's Entra object id and tenant. */
  organizerOid: string;
  organizerTenantId: string;
  /** The meeting's conversation: the channel thread, with `;messageid=…`, for a channel meeting. */
  conversationId: string;
  conversationType: "channel" | "groupChat";
  title?: string;
}

export interface FakeConnector {
  /** For a conversation reference's `serviceUrl`. */
  url: string;
  /** Meetings by their id as teams-js gives it (base64). */
  meetings: Map<string, FakeConnectorMeeting>;
  /** `METHOD path`, the path as sent (still percent-encoded). */
  requests: string[];
  /** Members by conversation id, for `pagedMembers`. */
  members: Map<string, FakeConnectorMember[]>;
  /** Meeting notifications received, oldest first. */
  notifications: FakeMeetingNotification[];
  /** The next `failures` meeting-details requests get 502, as a connector outage would. */
  failures: number;
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => answer(req, res, Buffer.concat(chunks).toString("utf8")));
  });
  const port = await listen(server);
  const connector: FakeConnector = {
    url: `http://127.0.0.1:${port}/`,
    meetings: new Map(),
    requests: [],
    members: new Map(),
    notifications: [],
    failures: 0,
    close: () => close(server),
  };

  function answer(req: IncomingMessage, res: ServerResponse, body: string) {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    connector.requests.push(`${req.method} ${path}`);
    const notification = /^\/v1\/meetings\/([^/]+)\/notification$/.exec(path);
    if (notification && req.method === "POST") {
      connector.notifications.push({
        meetingId: decodeURIComponent(notification[1] ?? ""),
        body: JSON.parse(body || "{}") as FakeMeetingNotification["body"],
      });
      return sendJson(res, 202, {});
    }
    const paged = /^\/v3\/conversations\/([^/]+)\/pagedMembers$/i.exec(path);
    if (paged && req.method === "GET") {
      const members = connector.members.get(decodeURIComponent(paged[1] ?? "")) ?? [];
      return sendJson(res, 200, {
        members: members.map((member) => ({ ...member, objectId: member.aadObjectId })),
      });
    }
    const match = /^\/v1\/meetings\/([^/]+)$/.exec(path);
    if (!match) return sendJson(res, 200, { id: `m-${connector.requests.length}` });
    if (connector.failures > 0) {
      connector.failures--;
      return sendJson(res, 502, { error: { code: "BadGateway", message: "Upstream failure." } });
    }
    const meetingId = decodeURIComponent(match[1] ?? "");
    const meeting = connector.meetings.get(meetingId);
    if (req.method !== "GET" || !meeting) {
      return sendJson(res, 404, { error: { code: "NotFound", message: "Meeting not found." } });
    }
    return sendJson(res, 200, {
      details: {
        id: meetingId,
        msGraphResourceId: Buffer.from(`1*${meeting.organizerOid}*0**${meeting.conversationId}`).toString(
          "base64",
        ),
        scheduledStartTime: "2026-01-06T09:00:00Z",
        scheduledEndTime: "2026-01-06T09:30:00Z",
        joinUrl: meeting.joinUrl,
        title: meeting.title ?? "Stand-up",
        type: "Scheduled",
      },
      conversation: {
        isGroup: true,
        conversationType: meeting.conversationType,
        id: meeting.conversationId,
      },
      organizer: {
        id: `29:1${meeting.organizerOid.replace(/-/g, "")}`,
        aadObjectId: meeting.organizerOid,
        objectId: meeting.organizerOid,
        tenantId: meeting.organizerTenantId,
      },
    });
  }

  return connector;
}

/**
 * Adds the bot to a group chat, as Teams tells it (`installationUpdate` to `POST /api/messages`),
 * with the fake connector as the chat's `serviceUrl`: the API then stores the conversation
 * reference its notifications go through. `apiUrl` ends in `/api`; the API runs with
 * `BOT_AUTH=playground` (no Bot Framework token).
 */
export async function addBotToChat(
  apiUrl: string,
  connector: FakeConnector,
  chat: { id: string; tenantId: string; by: { oid: string; name: string } },
): Promise<void> {
  const response = await fetch(`${apiUrl}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      type: "installationUpdate",
      action: "add",
      id: randomUUID(),
      channelId: "msteams",
      serviceUrl: connector.url,
      timestamp: new Date().toISOString(),
      from: { id: `29:${chat.by.oid}`, aadObjectId: chat.by.oid, name: chat.by.name },
      recipient: { id: "28:00000000-0000-4000-8000-000000000003", name: "Learning Loop" },
      conversation: { id: chat.id, conversationType: "groupChat", tenantId: chat.tenantId },
      channelData: { tenant: { id: chat.tenantId } },
    }),
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`the bot was not added to ${chat.id}: ${response.status}`);
}
