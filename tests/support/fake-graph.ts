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
