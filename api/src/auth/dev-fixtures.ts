import type { ScopeRole } from "./identity";

/**
 * The fixed dev users, tenants and scopes of docs/architecture.md §2. Tests and people rely on these exact
 * values, so they never change.
 */
export const DEV_TENANT = "11111111-1111-4111-8111-111111111111";
export const OTHER_TENANT = "22222222-2222-4222-8222-222222222222";
export const DEV_TEAM_SCOPE = "team:dev-team";
export const DEV_CHAT_SCOPE = "chat:19:standup-meeting@thread.v2";

export interface DevUser {
  name: string;
  displayName: string;
  oid: string;
  tid: string;
  scopes: Record<string, ScopeRole>;
  /** App roles the dev token carries in its `roles` claim (frank is the tenant admin). */
  roles?: readonly string[];
}

export const DEV_USERS: readonly DevUser[] = [
  {
    name: "alice",
    displayName: "Alice Example",
    oid: "a11ce000-0000-4000-8000-000000000001",
    tid: DEV_TENANT,
    scopes: { [DEV_TEAM_SCOPE]: "owner", [DEV_CHAT_SCOPE]: "owner" },
  },
  {
    name: "bob",
    displayName: "Bob Example",
    oid: "b0b00000-0000-4000-8000-000000000002",
    tid: DEV_TENANT,
    scopes: { [DEV_TEAM_SCOPE]: "member", [DEV_CHAT_SCOPE]: "member" },
  },
  {
    name: "carol",
    displayName: "Carol Example",
    oid: "ca201000-0000-4000-8000-000000000003",
    tid: DEV_TENANT,
    scopes: { [DEV_TEAM_SCOPE]: "member", [DEV_CHAT_SCOPE]: "member" },
  },
  {
    name: "mallory",
    displayName: "Mallory Example",
    oid: "3a1104e0-0000-4000-8000-000000000004",
    tid: DEV_TENANT,
    scopes: { "team:other-team": "owner" },
  },
  {
    name: "eve",
    displayName: "Eve Example",
    oid: "e0e00000-0000-4000-8000-000000000005",
    tid: OTHER_TENANT,
    scopes: { "team:eve-team": "owner" },
  },
  // Two more members of the fixture team, so that five people can answer a team pulse (whose
  // results show only from five responses up). Not in the meeting chat.
  {
    name: "dave",
    displayName: "Dave Example",
    oid: "da7e0000-0000-4000-8000-000000000006",
    tid: DEV_TENANT,
    scopes: { [DEV_TEAM_SCOPE]: "member" },
  },
  {
    name: "frank",
    displayName: "Frank Example",
    oid: "f4a2c000-0000-4000-8000-000000000007",
    tid: DEV_TENANT,
    scopes: { [DEV_TEAM_SCOPE]: "member" },
    roles: ["LearningLoop.Admin"],
  },
];

export const findDevUser = (name: string) =>
  DEV_USERS.find((user) => user.name === name.trim().toLowerCase());
