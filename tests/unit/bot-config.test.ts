import { describe, expect, it } from "vitest";
import { loadBotConfig } from "../../api/src/bot/bot-config";
import { authConfiguration } from "../../api/src/bot/bot-endpoint";

const BOT_ID = "00000000-0000-4000-8000-000000000003";
const TENANT = "11111111-1111-4111-8111-111111111111";

describe("the bot's identity (single-tenant app or user-assigned managed identity)", () => {
  it("signs in with a single-tenant app's client secret in its own tenant", () => {
    const config = loadBotConfig({ BOT_ID, BOT_TENANT_ID: TENANT, BOT_PASSWORD: "secret" });
    expect(config.credential).toEqual({ kind: "secret", password: "secret" });
    expect(authConfiguration(config)).toEqual({
      clientId: BOT_ID,
      tenantId: TENANT,
      authType: "ClientSecret",
      clientSecret: "secret",
    });
  });

  it("signs in as the user-assigned managed identity whose client id is BOT_ID, with no secret", () => {
    const config = loadBotConfig({ BOT_ID, BOT_TENANT_ID: TENANT, BOT_CREDENTIAL: "managedIdentity" });
    expect(config.credential).toEqual({ kind: "managedIdentity" });
    expect(authConfiguration(config)).toEqual({
      clientId: BOT_ID,
      tenantId: TENANT,
      authType: "UserManagedIdentity",
    });
  });

  it("refuses the multi-tenant pattern and a missing or non-GUID tenant", () => {
    for (const tenant of [undefined, "", "botframework.com", "common"]) {
      expect(
        () => loadBotConfig({ BOT_ID, BOT_TENANT_ID: tenant, BOT_PASSWORD: "s" }),
        String(tenant),
      ).toThrow(/BOT_TENANT_ID must be the tenant id/);
    }
    expect(() => loadBotConfig({ BOT_ID: "bot", BOT_TENANT_ID: TENANT, BOT_PASSWORD: "s" })).toThrow(
      /BOT_ID/,
    );
  });

  it("names a missing secret, an unknown credential and a secret left beside a managed identity", () => {
    expect(() => loadBotConfig({ BOT_ID, BOT_TENANT_ID: TENANT })).toThrow(/BOT_PASSWORD/);
    expect(() => loadBotConfig({ BOT_ID, BOT_TENANT_ID: TENANT, BOT_CREDENTIAL: "certificate" })).toThrow(
      /BOT_CREDENTIAL/,
    );
    expect(() =>
      loadBotConfig({ BOT_ID, BOT_TENANT_ID: TENANT, BOT_CREDENTIAL: "managedIdentity", BOT_PASSWORD: "s" }),
    ).toThrow(/BOT_PASSWORD is set/);
  });

  it("needs nothing without a bot, and nothing in Playground mode, which signs nothing", () => {
    expect(loadBotConfig({}).credential).toBeUndefined();
    const playground = loadBotConfig({ BOT_AUTH: "playground", BOT_ID });
    expect(playground.credential).toBeUndefined();
    expect(playground.auth).toBe("playground");
  });
});
