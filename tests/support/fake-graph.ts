import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import { close, listen, sendJson } from "./fake-jwks";

/**
 * A fake Microsoft Graph at its HTTP boundary (127.0.0.1, plain HTTP), answering the routes the
 * API's membership check uses, the way Graph does:
 *
 * - `GET /v1.0/teams/{groupId}/members[?$filter=(microsoft.graph.aadUserConversationMember/userId eq '…')]`
 * - `GET /v1.0/chats/{chatId}/members`
 * - `GET /v1.0/chats/{chatId}[?$select=…]`
 * - `GET /v1.0/me/onlineMeetings?$filter=JoinWebUrl eq '…'`: a collection with the one meeting the
 *   caller organizes or was invited to (an empty one otherwise), shaped like Graph's `onlineMeeting`
 * - `GET /v1.0/teams/{groupId}/channels/{channelId}[?$select=…]`: a channel of the team, else 404
 *
 * Callers are known by the Graph token the fake authority issued (`fake-graph.{tid}.{oid}.{n}`).
 * A caller who is not a member gets 403, an unknown team or chat 404. Lists are paged with
 * `@odata.nextLink`, and the next N requests can be scripted to get 429 with a Retry-After.
 */

export interface FakeMember {
  userId: string;
  tenantId: string;
  roles?: string[];
  displayName?: string;
}

export interface FakeChat {
  chatType: "meeting" | "group" | "oneOnOne";
  members: FakeMember[];
  /** The meeting's organizer (meeting chats). */
  organizerId?: string;
}

/** An online meeting held in a team's channel (a channel meeting). */
export interface FakeMeeting {
  joinWebUrl: string;
  organizerId: string;
  organizerTenantId: string;
  /** The channel's id (`19:…@thread.tacv2`): a channel meeting's chat is its channel thread. */
  threadId: string;
  /** The id of the meeting's post in the channel. */
  messageId: string;
  attendees: string[];
}

export interface GraphRequest {
  method: string;
  path: string;
  query: string;
  caller: string | null;
}

export interface FakeGraph {
  /** For GRAPH_BASE_URL. */
  baseUrl: string;
  teams: Map<string, FakeMember[]>;
  chats: Map<string, FakeChat>;
  /** Channel ids per team group id. */
  channels: Map<string, string[]>;
  /** Online meetings by join URL. */
  meetings: Map<string, FakeMeeting>;
  requests: GraphRequest[];
  /** Members per page. */
  pageSize: number;
  /** Graph honours the userId filter on team members; set false to see the API page and match itself. */
  honourFilter: boolean;
  /** The next `count` requests get 429 with this Retry-After (seconds). */
  throttle(count: number, retryAfterSeconds: number): void;
  close(): Promise<void>;
}

export const member = (userId: string, tenantId: string, roles: string[] = []): FakeMember => ({
  userId,
  tenantId,
  roles,
  displayName: `User ${userId.slice(0, 4)}`,
});

export async function startFakeGraph(): Promise<FakeGraph> {
  let throttled = 0;
  let throttleSeconds = 0;
  const server = createServer((req, res) => answer(req, res));
  const port = await listen(server);
  const origin = `http://127.0.0.1:${port}`;
  const graph: FakeGraph = {
    baseUrl: `${origin}/v1.0`,
    teams: new Map(),
    chats: new Map(),
    channels: new Map(),
    meetings: new Map(),
    requests: [],
    pageSize: 100,
    honourFilter: true,
    throttle(count, retryAfterSeconds) {
      throttled = count;
      throttleSeconds = retryAfterSeconds;
    },
    close: () => close(server),
  };

  function answer(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", origin);
    const bearer = /^Bearer (fake-graph\.[^.]+\.[^.]+\.\d+)$/.exec(req.headers.authorization ?? "")?.[1];
    const [, tid = "", oid = ""] = bearer?.split(".") ?? [];
    graph.requests.push({
      method: req.method ?? "GET",
      path: decodeURIComponent(url.pathname),
      query: decodeURIComponent(url.search),
      caller: bearer ? oid : null,
    });
    if (!bearer) return graphError(res, 401, "InvalidAuthenticationToken", "Access token is empty.");
    if (throttled > 0) {
      throttled--;
      return graphError(res, 429, "TooManyRequests", "Too many requests.", {
        "retry-after": String(throttleSeconds),
      });
    }
    const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== "v1.0" || req.method !== "GET")
      return graphError(res, 400, "BadRequest", "Unsupported.");
    const isCaller = (m: FakeMember) => m.userId === oid && m.tenantId === tid;

    if (parts[1] === "teams" && parts[3] === "members" && parts.length === 4) {
      const members = graph.teams.get(parts[2] ?? "");
      if (!members) return graphError(res, 404, "NotFound", "No team found with Group Id.");
      if (!members.some(isCaller)) return graphError(res, 403, "Forbidden", "Forbidden.");
      const filter = url.searchParams.get("$filter");
      const filtered = filter && graph.honourFilter ? filterByUserId(members, filter) : members;
      if (filtered === null) return graphError(res, 400, "BadRequest", "Invalid filter clause.");
      return page(res, url, filtered);
    }
    if (parts[1] === "teams" && parts[3] === "channels" && parts.length === 5) {
      const members = graph.teams.get(parts[2] ?? "");
      if (!members) return graphError(res, 404, "NotFound", "No team found with Group Id.");
      if (!members.some(isCaller)) return graphError(res, 403, "Forbidden", "Forbidden.");
      const channelId = parts[4] ?? "";
      if (!(graph.channels.get(parts[2] ?? "") ?? []).includes(channelId))
        return graphError(res, 404, "NotFound", "Channel not found.");
      return sendJson(res, 200, {
        "@odata.context": `${origin}/v1.0/$metadata#teams('${parts[2]}')/channels/$entity`,
        id: channelId,
        createdDateTime: "2026-01-05T09:00:00Z",
        displayName: "Stand-up",
        description: null,
        email: "",
        webUrl: `https://teams.microsoft.com/l/channel/${encodeURIComponent(channelId)}/Stand-up`,
        membershipType: "standard",
      });
    }
    if (parts[1] === "me" && parts[2] === "onlineMeetings" && parts.length === 3) {
      const filter = /^JoinWebUrl eq '((?:[^']|'')*)'$/.exec(url.searchParams.get("$filter") ?? "");
      if (!filter) return graphError(res, 400, "BadRequest", "Filter is not supported.");
      const meeting = graph.meetings.get(filter[1]!.replace(/''/g, "'"));
      const visible = meeting && (meeting.organizerId === oid || meeting.attendees.includes(oid));
      return sendJson(res, 200, {
        "@odata.context": `${origin}/v1.0/$metadata#users('${oid}')/onlineMeetings`,
        value: visible ? [onlineMeeting(meeting)] : [],
      });
    }
    if (parts[1] === "chats" && parts.length >= 3) {
      const chat = graph.chats.get(parts[2] ?? "");
      if (!chat) return graphError(res, 404, "NotFound", "Chat not found.");
      if (!chat.members.some(isCaller)) return graphError(res, 403, "Forbidden", "Forbidden.");
      if (parts.length === 4 && parts[3] === "members") return page(res, url, chat.members);
      if (parts.length === 3) {
        return sendJson(res, 200, {
          id: parts[2],
          chatType: chat.chatType,
          onlineMeetingInfo:
            chat.chatType === "meeting"
              ? { joinWebUrl: "https://teams.example/join", organizer: { id: chat.organizerId ?? null } }
              : null,
        });
      }
    }
    return graphError(res, 404, "NotFound", "Resource not found.");
  }

  function page(res: ServerResponse, url: URL, members: FakeMember[]) {
    const skip = Number(url.searchParams.get("$skiptoken") ?? 0);
    const slice = members.slice(skip, skip + graph.pageSize);
    const next = new URL(url.href);
    next.searchParams.set("$skiptoken", String(skip + graph.pageSize));
    return sendJson(res, 200, {
      "@odata.context": `${origin}/v1.0/$metadata#members`,
      value: slice.map((m) => ({
        "@odata.type": "#microsoft.graph.aadUserConversationMember",
        id: `membership-${m.userId}`,
        displayName: m.displayName ?? null,
        roles: m.roles ?? [],
        userId: m.userId,
        tenantId: m.tenantId,
        email: null,
      })),
      ...(skip + graph.pageSize < members.length ? { "@odata.nextLink": next.href } : {}),
    });
  }

  return graph;
}

/** Graph's `onlineMeeting` resource for a channel meeting, in the parts that matter (and a few more). */
function onlineMeeting(meeting: FakeMeeting) {
  const person = (id: string, role: string) => ({
    upn: `${id.slice(0, 8)}@example.com`,
    role,
    identity: {
      user: { id, displayName: null, tenantId: meeting.organizerTenantId, identityProvider: "AAD" },
    },
  });
  return {
    id: Buffer.from(`1*${meeting.organizerId}*0**${meeting.threadId}`).toString("base64"),
    creationDateTime: "2026-01-05T09:00:00Z",
    startDateTime: "2026-01-06T09:00:00Z",
    endDateTime: "2026-01-06T09:15:00Z",
    joinWebUrl: meeting.joinWebUrl,
    subject: "Stand-up",
    chatInfo: { threadId: meeting.threadId, messageId: meeting.messageId, replyChainMessageId: null },
    participants: {
      organizer: person(meeting.organizerId, "presenter"),
      attendees: meeting.attendees.map((id) => person(id, "attendee")),
    },
  };
}

function filterByUserId(members: FakeMember[], filter: string): FakeMember[] | null {
  const match = /^\(microsoft\.graph\.aadUserConversationMember\/userId eq '([^']+)'\)$/.exec(filter);
  return match ? members.filter((m) => m.userId === match[1]) : null;
}

function graphError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) {
  sendJson(
    res,
    status,
    { error: { code, message, innerError: { date: new Date().toISOString() } } },
    headers,
  );
}
