import type { ScopeMember } from "@learning-loop/contract";
import type { DirectoryRole, Identity } from "./identity";
import { DEV_USERS } from "./dev-fixtures";

/**
 * Decides whether an identity belongs to a scope, and in which role. Dev mode answers from the
 * fixture table; Entra mode asks Microsoft Graph on behalf of the user (graph-membership.ts).
 * `userToken` is the caller's validated SSO token, the assertion of the on-behalf-of flow; it is
 * passed beside the identity so that it never travels into documents or logs with it. `meeting`
 * is the join URL of the channel meeting a request comes from (a hint from the tab, checked with
 * Graph): its organizer is found as `organizer` in the meeting's team.
 */
export interface MembershipDirectory {
  roleIn(
    identity: Identity,
    scope: string,
    userToken: string,
    meeting?: string,
  ): Promise<DirectoryRole | null>;
  /**
   * How many people belong to the scope, counted up to `upTo` (a bigger group answers `upTo`), as
   * seen by a member. Used for the small-group guard: anonymity cannot protect anyone among two.
   */
  memberCount(identity: Identity, scope: string, userToken: string, upTo: number): Promise<number>;
  /**
   * The people of the scope in the caller's tenant, as seen by a member: Entra oid and display name
   * only (the owner picker, and the check that a named owner belongs here).
   */
  members(identity: Identity, scope: string, userToken: string): Promise<ScopeMember[]>;
}

export const devMembership: MembershipDirectory = {
  async roleIn(identity, scope) {
    const user = DEV_USERS.find(
      (candidate) => candidate.oid === identity.oid && candidate.tid === identity.tid,
    );
    return user?.scopes[scope] ?? null;
  },
  async memberCount(_identity, scope, _userToken, upTo) {
    return Math.min(upTo, DEV_USERS.filter((user) => user.scopes[scope]).length);
  },
  async members(identity, scope) {
    return DEV_USERS.filter((user) => user.tid === identity.tid && user.scopes[scope]).map((user) => ({
      id: user.oid,
      name: user.displayName,
    }));
  },
};
