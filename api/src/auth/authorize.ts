import type { HttpRequest } from "@azure/functions";
import { scopeSchema } from "@learning-loop/contract";
import type { ScopeMember } from "@learning-loop/contract";
import { HttpError, badRequest } from "../http/problem";
import { parseWith } from "../http/request-body";
import type { TenantGate } from "../tenants/tenant-gate";
import type { MeetingLookup } from "../bot/channel-meetings";
import type { DirectoryRole, Identity, ScopeAccess, ScopeRole } from "./identity";
import type { MembershipDirectory } from "./membership";
import type { TokenValidator } from "./token-validator";

export interface Authorizer {
  /** A validated token from an onboarded tenant: 401 without one, 403 for a tenant not onboarded. */
  authenticate(req: HttpRequest): Promise<Identity>;
  /** Authenticates the caller and checks membership of the `{scope}` route parameter. */
  scopeAccess(req: HttpRequest): Promise<ScopeAccess>;
  /** The same for a scope the request names elsewhere (a body field), checked as `field` on bad input. */
  accessTo(req: HttpRequest, scope: string, field: string): Promise<ScopeAccess>;
  /**
   * True when fewer than three people belong to the caller's scope (the small-group guard). A
   * lookup that fails answers false: the guard never claims a group is small on a guess, and a
   * Graph hiccup does not fail the request that asked.
   */
  smallGroup(req: HttpRequest, access: ScopeAccess): Promise<boolean>;
  /** The people of the caller's scope (oid and name only), as the membership directory sees them. */
  scopeMembers(req: HttpRequest, access: ScopeAccess): Promise<ScopeMember[]>;
  /** The caller's role in each of these scopes (null: not a member any more). Fails closed. */
  rolesIn(req: HttpRequest, scopes: readonly string[]): Promise<Map<string, ScopeRole | null>>;
}

/** Anonymity needs at least this many people who could have written an answer. */
export const SMALL_GROUP_BELOW = 3;

/** Sent with the 403 so that the tab can tell "not a member" from "not onboarded". */
export const NOT_A_MEMBER = "not-a-member";

const admitAll: TenantGate = { admit: async () => undefined };

/** Sent by the tab in a channel meeting: the meeting's join URL, so that its organizer can be found. */
export const MEETING_HEADER = "x-meeting-join-url";

/** The channel meeting's join URL from its header: an https URL of at most 2,000 characters, or 400. */
function meetingJoinUrl(req: HttpRequest): string | undefined {
  const raw = req.headers.get(MEETING_HEADER);
  if (raw === null || raw === "") return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (raw.length > 2_000 || url?.protocol !== "https:") {
    throw badRequest([{ field: "X-Meeting-Join-Url", message: "Must be the meeting's https join URL." }]);
  }
  return raw;
}

/** Sent by the tab in a meeting of a team scope: teams-js's `meeting.id`, resolved through the bot. */
export const MEETING_ID_HEADER = "x-meeting-id";

/** Teams' meeting ids are base64 (`0#{threadId}#{messageId}` and the like); at most 500 characters. */
function meetingIdOf(req: HttpRequest): string | undefined {
  const raw = req.headers.get(MEETING_ID_HEADER);
  if (raw === null || raw === "") return undefined;
  if (raw.length > 500 || !/^[A-Za-z0-9+/_=-]+$/.test(raw)) {
    throw badRequest([
      { field: "X-Meeting-Id", message: "Must be the meeting's id from the Teams context." },
    ]);
  }
  return raw;
}

/** A channel meeting's conversation is its channel's thread; a meeting chat's is `19:meeting_…@thread.v2`. */
const CHANNEL_THREAD = /^19:[^;]+@thread\.(tacv2|skype)(;|$)/;

/**
 * Team-wide owner rights (settings, the event secret, purging the scope): a team owner's, never a
 * channel meeting organizer's, who owns only the meeting's work.
 */
export const ownsTeamWide = (access: ScopeAccess) => access.role === "owner" && !access.meetingOrganizer;

export function createAuthorizer(
  validate: TokenValidator,
  membership: MembershipDirectory,
  tenants: TenantGate = admitAll,
  meetings?: MeetingLookup,
): Authorizer {
  /**
   * A team member's role with the meeting of `X-Meeting-Id`: the bot's meeting details name the
   * organizer and the join URL; only when they name the caller is the join URL given to the
   * directory, whose Graph check must agree (docs/identity.md §4).
   */
  const roleWithMeetingId = async (identity: Identity, scope: string, token: string, meetingId: string) => {
    const role = await membership.roleIn(identity, scope, token);
    if (role !== "member" || !meetings) return role;
    const meeting = await meetings(identity.tid, scope, meetingId);
    if (
      !meeting ||
      meeting.organizerOid !== identity.oid ||
      (meeting.organizerTid && meeting.organizerTid !== identity.tid) ||
      !CHANNEL_THREAD.test(meeting.conversationId)
    ) {
      return role;
    }
    return (await membership.roleIn(identity, scope, token, meeting.joinUrl)) === "organizer"
      ? "organizer"
      : role;
  };
  const check = async (req: HttpRequest) => {
    const header = req.headers.get("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      throw new HttpError(
        401,
        "Sign in: send a Teams SSO token as 'Authorization: Bearer <token>'.",
        undefined,
        {
          "www-authenticate": "Bearer",
        },
      );
    }
    const token = match[1];
    const identity = await validate(token);
    await tenants.admit(identity.tid);
    return { identity, token };
  };
  // One check per request: the rate limits (limits/rate-limits.ts) and the handler share it.
  const checked = new WeakMap<HttpRequest, Promise<{ identity: Identity; token: string }>>();
  const authenticated = (req: HttpRequest) => {
    let pending = checked.get(req);
    if (!pending) {
      pending = check(req);
      checked.set(req, pending);
    }
    return pending;
  };
  const accessTo = async (req: HttpRequest, rawScope: string, field: string): Promise<ScopeAccess> => {
    const { identity, token } = await authenticated(req);
    const scope = parseWith(scopeSchema, rawScope, field);
    const team = scope.startsWith("team:");
    const meeting = team ? meetingJoinUrl(req) : undefined;
    const meetingId = team ? meetingIdOf(req) : undefined;
    // The join URL, when sent, is the key itself; the meeting id is the way to it.
    const role =
      meetingId && !meeting
        ? await roleWithMeetingId(identity, scope, token, meetingId)
        : await membership.roleIn(identity, scope, token, meeting);
    if (!role) {
      throw new HttpError(403, "You are not a member of this team or meeting chat.", undefined, {
        "x-problem-type": NOT_A_MEMBER,
      });
    }
    const pk = `${identity.tid}|${scope}`;
    if (role === "organizer") return { ...identity, scope, role: "owner", meetingOrganizer: true, pk };
    return { ...identity, scope, role, pk };
  };
  return {
    authenticate: async (req) => (await authenticated(req)).identity,
    scopeAccess: (req) => accessTo(req, req.params.scope ?? "", "scope"),
    accessTo,
    async smallGroup(req, access) {
      const { token } = await authenticated(req);
      try {
        const count = await membership.memberCount(access, access.scope, token, SMALL_GROUP_BELOW);
        return count < SMALL_GROUP_BELOW;
      } catch {
        return false;
      }
    },
    async scopeMembers(req, access) {
      const { token } = await authenticated(req);
      return membership.members(access, access.scope, token);
    },
    async rolesIn(req, scopes) {
      const { identity, token } = await authenticated(req);
      const roles = await Promise.all(scopes.map((scope) => membership.roleIn(identity, scope, token)));
      return new Map(scopes.map((scope, index) => [scope, scopeRoleOf(roles[index] ?? null)]));
    },
  };
}

/** Without a meeting there is no organizer to be: a directory role read as the scope's own role. */
export function scopeRoleOf(role: DirectoryRole | null): ScopeRole | null {
  return role === "organizer" ? "member" : role;
}
