import type { DirectoryRole, Identity } from "./identity";
import type { MembershipDirectory } from "./membership";
import type { GraphTokenSource } from "./obo";
import { unavailable } from "./obo";

export interface GraphMembershipOptions {
  /** e.g. `https://graph.microsoft.com/v1.0`. */
  graphBaseUrl: string;
  tokens: GraphTokenSource;
  /** Attempts per Graph request when Graph says 429/503/504 (the first one included). */
  maxAttempts?: number;
  /** A Retry-After longer than this is not waited for: the caller gets 503 with it instead. */
  maxRetryWaitMs?: number;
  timeoutMs?: number;
  /** Chats have at most a few hundred members; a team is looked up by filter. */
  maxPages?: number;
  log?: (line: string) => void;
}

/** The parts of Graph's `aadUserConversationMember` this reads. */
interface ConversationMember {
  userId?: string | null;
  displayName?: string | null;
  tenantId?: string | null;
  roles?: string[] | null;
}

interface Page<T> {
  value?: T[];
  "@odata.nextLink"?: string;
}

interface Chat {
  chatType?: string;
  onlineMeetingInfo?: { organizer?: { id?: string | null } | null } | null;
}

/** The parts of Graph's `onlineMeeting` this reads. */
interface OnlineMeeting {
  chatInfo?: { threadId?: string | null } | null;
  participants?: {
    organizer?: {
      identity?: { user?: { id?: string | null; tenantId?: string | null } | null } | null;
    } | null;
  } | null;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RETRYABLE = new Set([429, 503, 504]);
/** Graph's way of saying "not yours to see": a non-member gets one of these for a team or chat. */
const DENIED = new Set([400, 403, 404]);
const DEFAULT_RETRY_AFTER_SECONDS = 2;
const OUTAGE_RETRY_AFTER_SECONDS = 5;

type GraphResult<T> = { denied: true } | { denied: false; body: T };

/**
 * Scope membership from Microsoft Graph, on behalf of the caller (docs/architecture.md §4):
 *
 * - `team:{groupId}`: `GET /teams/{groupId}/members` filtered to the caller's user id. Role
 *   `owner` when Graph lists the caller with the `owner` role (a team owner); otherwise `member`
 *   (guests included). A member who sends the join URL of a channel meeting (`meeting`) and
 *   organizes it is `organizer`: `GET /me/onlineMeetings?$filter=JoinWebUrl eq '…'` (organizers and
 *   invited attendees may read it) names the organizer, and its `chatInfo.threadId` must be a
 *   channel of this team (`GET /teams/{groupId}/channels/{threadId}`), so a meeting elsewhere
 *   grants nothing here.
 * - `chat:{chatId}`: `GET /chats/{chatId}/members`, every page. For a meeting chat the organizer
 *   of the meeting (`GET /chats/{chatId}` → `onlineMeetingInfo.organizer.id`) is the `owner` and
 *   everyone else a `member`: Graph gives every full member of a group chat the `owner` role, so
 *   that role says nothing there. A chat without a meeting has no organizer; there Graph's `owner`
 *   role (every full member, not guests) is taken as it is, as Teams itself lets any of them manage
 *   the chat.
 *
 * Graph refusing to show the members (400/403/404) means "not a member". Anything else that keeps
 * the answer from being known fails closed with 503 and Retry-After: never access on a guess.
 */
export function createGraphMembership(options: GraphMembershipOptions): MembershipDirectory {
  const base = options.graphBaseUrl.replace(/\/+$/, "");
  const graphOrigin = new URL(base).origin;
  const maxAttempts = options.maxAttempts ?? 3;
  const maxRetryWaitMs = options.maxRetryWaitMs ?? 5_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxPages = options.maxPages ?? 100;
  const log = options.log ?? (() => undefined);

  async function get<T>(url: string, token: string, identity: Identity): Promise<GraphResult<T>> {
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          headers: { authorization: `Bearer ${token}`, accept: "application/json" },
          signal: AbortSignal.timeout(timeoutMs),
          redirect: "error",
        });
      } catch (error) {
        log(`membership: Graph unreachable (${error instanceof Error ? error.name : "error"})`);
        throw unavailable(
          "Microsoft Graph cannot be reached right now. Try again shortly.",
          OUTAGE_RETRY_AFTER_SECONDS,
        );
      }
      if (response.ok) {
        const body: unknown = await response.json().catch(() => null);
        if (typeof body !== "object" || body === null)
          throw unavailable("Microsoft Graph answered unexpectedly.");
        return { denied: false, body: body as T };
      }
      const code = await graphErrorCode(response);
      if (DENIED.has(response.status)) {
        log(`membership: Graph answered ${response.status} (${code}); treated as not a member`);
        return { denied: true };
      }
      if (response.status === 401) {
        // A Graph token it no longer accepts: the next request makes a fresh exchange.
        options.tokens.forget(identity);
        log(`membership: Graph refused the token (${code})`);
        throw unavailable(
          "Your membership cannot be checked right now. Try again shortly.",
          OUTAGE_RETRY_AFTER_SECONDS,
        );
      }
      const waitSeconds = retryAfterSeconds(response.headers.get("retry-after"));
      if (!RETRYABLE.has(response.status) || attempt >= maxAttempts || waitSeconds * 1000 > maxRetryWaitMs) {
        log(`membership: Graph answered ${response.status} (${code}) after ${attempt} attempt(s)`);
        throw unavailable(
          "Microsoft Graph is busy and your membership cannot be checked right now. Try again shortly.",
          RETRYABLE.has(response.status) ? Math.max(waitSeconds, 1) : OUTAGE_RETRY_AFTER_SECONDS,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, waitSeconds * 1000));
    }
  }

  /** Every member on every page; a next link to anywhere but Graph is never sent the token. */
  async function members(first: string, token: string, identity: Identity) {
    const all: ConversationMember[] = [];
    let url: string | undefined = first;
    for (let page = 0; url; page++) {
      if (page >= maxPages) throw unavailable("The member list is too long to check. Try again later.");
      if (new URL(url).origin !== graphOrigin) throw unavailable("Microsoft Graph answered unexpectedly.");
      const result: GraphResult<Page<ConversationMember>> = await get(url, token, identity);
      if (result.denied) return null;
      if (Array.isArray(result.body.value)) all.push(...result.body.value);
      const next: unknown = result.body["@odata.nextLink"];
      url = typeof next === "string" ? next : undefined;
    }
    return all;
  }

  /** Whether the caller organizes the meeting with this join URL, held in a channel of this team. */
  async function organizesChannelMeeting(
    groupId: string,
    joinUrl: string,
    token: string,
    identity: Identity,
  ) {
    const filter = `JoinWebUrl eq '${joinUrl.replace(/'/g, "''")}'`;
    const found = await get<Page<OnlineMeeting>>(
      `${base}/me/onlineMeetings?$filter=${encodeURIComponent(filter)}`,
      token,
      identity,
    );
    const meeting = found.denied || !Array.isArray(found.body.value) ? undefined : found.body.value[0];
    const organizer = meeting?.participants?.organizer?.identity?.user;
    const threadId = meeting?.chatInfo?.threadId;
    if (organizer?.id?.toLowerCase() !== identity.oid || !threadId) return false;
    if (organizer.tenantId && organizer.tenantId.toLowerCase() !== identity.tid) return false;
    const channel = await get<{ id?: string }>(
      `${base}/teams/${encodeURIComponent(groupId)}/channels/${encodeURIComponent(threadId)}?$select=id`,
      token,
      identity,
    );
    return !channel.denied && channel.body.id === threadId;
  }

  const isCaller = (member: ConversationMember, identity: Identity) =>
    member.userId?.toLowerCase() === identity.oid &&
    (!member.tenantId || member.tenantId.toLowerCase() === identity.tid);

  /** `/teams/{id}` or `/chats/{id}` for a scope Graph could know, else null. */
  const pathOf = (scope: string): string | null => {
    const separator = scope.indexOf(":");
    const kind = scope.slice(0, separator);
    const id = scope.slice(separator + 1);
    if (kind === "team") return GUID.test(id) ? `${base}/teams/${encodeURIComponent(id)}` : null;
    if (kind === "chat") return `${base}/chats/${encodeURIComponent(id)}`;
    return null;
  };

  return {
    /**
     * Every page of the scope's members; only people of the caller's tenant with a user id (those
     * the app can tell apart and reach), and only their oid and display name. Graph refusing to
     * show the list answers an empty one.
     */
    async members(identity, scope, userToken) {
      const path = pathOf(scope);
      if (!path) return [];
      const token = await options.tokens.tokenFor(identity, userToken);
      const list = await members(`${path}/members`, token, identity);
      const seen = new Set<string>();
      const people: { id: string; name: string }[] = [];
      for (const member of list ?? []) {
        const oid = member.userId?.toLowerCase();
        if (!oid || !GUID.test(oid) || seen.has(oid)) continue;
        if (member.tenantId && member.tenantId.toLowerCase() !== identity.tid) continue;
        seen.add(oid);
        people.push({ id: oid, name: (member.displayName ?? "").trim().slice(0, 100) || "?" });
      }
      return people;
    },

    async roleIn(identity, scope, userToken, meeting): Promise<DirectoryRole | null> {
      const separator = scope.indexOf(":");
      const kind = scope.slice(0, separator);
      const id = scope.slice(separator + 1);
      if (kind === "team") {
        // Group ids are GUIDs; anything else names no team Graph could show.
        if (!GUID.test(id)) return null;
        const token = await options.tokens.tokenFor(identity, userToken);
        const filter = `(microsoft.graph.aadUserConversationMember/userId eq '${identity.oid}')`;
        const list = await members(
          `${base}/teams/${encodeURIComponent(id)}/members?$filter=${encodeURIComponent(filter)}`,
          token,
          identity,
        );
        const me = list?.find((member) => isCaller(member, identity));
        if (!me) return null;
        if (me.roles?.includes("owner")) return "owner";
        return meeting && (await organizesChannelMeeting(id, meeting, token, identity))
          ? "organizer"
          : "member";
      }
      if (kind === "chat") {
        const token = await options.tokens.tokenFor(identity, userToken);
        const path = `${base}/chats/${encodeURIComponent(id)}`;
        const list = await members(`${path}/members`, token, identity);
        const me = list?.find((member) => isCaller(member, identity));
        if (!me) return null;
        const chat = await get<Chat>(`${path}?$select=id,chatType,onlineMeetingInfo`, token, identity);
        const organizer = chat.denied ? undefined : chat.body.onlineMeetingInfo?.organizer?.id;
        if (chat.denied || chat.body.chatType === "meeting" || organizer) {
          return organizer?.toLowerCase() === identity.oid ? "owner" : "member";
        }
        return me.roles?.includes("owner") ? "owner" : "member";
      }
      return null;
    },

    /**
     * The first page of `GET /teams/{id}/members` or `GET /chats/{id}/members`: a next link or a
     * full page means at least `upTo`. Graph refusing to show the list counts as unknown, reported
     * as `upTo`, so that no one is told a group is small on a guess.
     */
    async memberCount(identity, scope, userToken, upTo): Promise<number> {
      const separator = scope.indexOf(":");
      const kind = scope.slice(0, separator);
      const id = scope.slice(separator + 1);
      const url =
        kind === "team" && GUID.test(id)
          ? `${base}/teams/${encodeURIComponent(id)}/members?$select=id,userId`
          : kind === "chat"
            ? `${base}/chats/${encodeURIComponent(id)}/members`
            : null;
      if (!url) return upTo;
      const token = await options.tokens.tokenFor(identity, userToken);
      const first = await get<Page<ConversationMember>>(url, token, identity);
      if (first.denied) return upTo;
      const count = Array.isArray(first.body.value) ? first.body.value.length : 0;
      return first.body["@odata.nextLink"] ? upTo : Math.min(upTo, count);
    },
  };
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date); Graph usually sends seconds. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  if (!header) return DEFAULT_RETRY_AFTER_SECONDS;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? DEFAULT_RETRY_AFTER_SECONDS : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Graph's `error.code` (never its message, which can quote request data), for the log. */
async function graphErrorCode(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown } };
    return typeof body.error?.code === "string" ? body.error.code.slice(0, 80) : "no code";
  } catch {
    return "no code";
  }
}
