import { HttpError } from "../http/problem";
import type { Identity, ScopeRole } from "./identity";
import { DEV_USERS } from "./dev-fixtures";

/**
 * Decides whether an identity belongs to a scope, and in which role. Dev mode answers from the
 * fixture table; the Entra mode (Graph on behalf of the user) implements the same interface.
 */
export interface MembershipDirectory {
  roleIn(identity: Identity, scope: string): Promise<ScopeRole | null>;
}

export const devMembership: MembershipDirectory = {
  async roleIn(identity, scope) {
    const user = DEV_USERS.find(
      (candidate) => candidate.oid === identity.oid && candidate.tid === identity.tid,
    );
    return user?.scopes[scope] ?? null;
  },
};

/** Until the Graph-backed directory exists, Entra mode fails closed rather than open. */
export const graphMembershipPending: MembershipDirectory = {
  async roleIn() {
    throw new HttpError(503, "Membership checks through Microsoft Graph are not configured on this server.");
  },
};
