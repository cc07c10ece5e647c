import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ScopeAccess } from "../../api/src/auth/identity";
import { loadConfig } from "../../api/src/config";
import { OWNER_RECORD_DAYS, rememberOwner } from "../../api/src/scopes/verified-owners";
import { createServices } from "../../api/src/services";
import type { Services } from "../../api/src/services";
import { startFakeEntra } from "../support/fake-entra";
import type { FakeEntra } from "../support/fake-entra";

/**
 * Who may act on a card in Entra mode, where the bot sees who clicked but cannot ask Graph on their
 * behalf: `cardRoles` (the check-back card's outcome, closing a review from its card) trusts the
 * API's record of owners it verified through Graph within OWNER_RECORD_DAYS, and nothing else.
 */

const TENANT = randomUUID();
const SCOPE = `team:${randomUUID()}`;
let entra: FakeEntra;
let services: Services;

beforeAll(async () => {
  entra = await startFakeEntra("card-roles-1");
  const config = loadConfig({
    ...entra.env(TENANT),
    COSMOS_ENDPOINT: inject("cosmosEndpoint"),
    COSMOS_DATABASE: `test-${randomUUID()}`,
  });
  services = await createServices(config);
});
afterAll(() => entra?.close());

const access = (oid: string, role: ScopeAccess["role"], scope = SCOPE): ScopeAccess => ({
  tid: TENANT,
  oid,
  name: "",
  scope,
  role,
  pk: `${TENANT}|${scope}`,
});

describe("card roles in Entra mode", () => {
  it("knows an owner the API verified, and only in that scope", async () => {
    const owner = randomUUID();
    expect(await services.cardRoles(TENANT, owner, SCOPE)).toBe("member");
    await rememberOwner(await services.db(), access(owner, "owner"));
    expect(await services.cardRoles(TENANT, owner, SCOPE)).toBe("owner");
    expect(await services.cardRoles(TENANT, owner, `team:${randomUUID()}`)).toBe("member");
    expect(await services.cardRoles(randomUUID(), owner, SCOPE)).toBe("member");
  });

  it("records nobody but owners, and forgets an owner after the record's days", async () => {
    const member = randomUUID();
    await rememberOwner(await services.db(), access(member, "member"));
    expect(await services.cardRoles(TENANT, member, SCOPE)).toBe("member");

    const demoted = randomUUID();
    const long = new Date(Date.now() - (OWNER_RECORD_DAYS * 24 + 1) * 60 * 60 * 1000);
    await rememberOwner(await services.db(), access(demoted, "owner"), long);
    expect(await services.cardRoles(TENANT, demoted, SCOPE)).toBe("member");
  });
});
