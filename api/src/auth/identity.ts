/** Who is calling, taken only from a validated token: tenant id + object id, plus a display name. */
export interface Identity {
  tid: string;
  oid: string;
  name: string;
}

export type ScopeRole = "owner" | "member";

/** An identity that has been checked to belong to one scope, with its role there. */
export interface ScopeAccess extends Identity {
  scope: string;
  role: ScopeRole;
  /** The logical partition of this tenant's scope: `{tid}|{scope}`. */
  pk: string;
}
