/** Who is calling, taken only from a validated token: tenant id + object id, plus a display name. */
export interface Identity {
  tid: string;
  oid: string;
  name: string;
  /** The token's app roles (`roles` claim), e.g. `LearningLoop.Admin`; absent when it has none. */
  roles?: readonly string[];
}

export type ScopeRole = "owner" | "member";

/**
 * What the membership directory finds: a scope role, or `organizer`: a member of a team who
 * organizes the channel meeting the request comes from (docs/identity.md §4). An organizer is an
 * owner for the meeting's work (rounds, nudges, the pulse), but not for the team's settings, its
 * event secret or its purge.
 */
export type DirectoryRole = ScopeRole | "organizer";

/** An identity that has been checked to belong to one scope, with its role there. */
export interface ScopeAccess extends Identity {
  scope: string;
  role: ScopeRole;
  /** True when `owner` comes from organizing the channel meeting of this request, not from owning the team. */
  meetingOrganizer?: boolean;
  /** The logical partition of this tenant's scope: `{tid}|{scope}`. */
  pk: string;
}
