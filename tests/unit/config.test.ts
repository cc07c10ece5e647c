import { describe, expect, it } from "vitest";
import { loadConfig } from "../../api/src/config";

describe("configuration", () => {
  it("defaults to dev auth and the local Cosmos-protocol server", () => {
    const config = loadConfig({});
    expect(config.authMode).toBe("dev");
    expect(config.cosmos).toMatchObject({
      endpoint: "https://localhost:8081",
      local: true,
      database: "learningloop",
      container: "items",
    });
  });

  it.each(["WEBSITE_SITE_NAME", "WEBSITE_INSTANCE_ID", "AAD_APP_CLIENT_ID"])(
    "refuses dev auth when %s shows Azure settings",
    (name) => {
      expect(() => loadConfig({ AUTH_MODE: "dev", [name]: "x" })).toThrow(/Refusing to start/);
    },
  );

  it("switches to Entra auth in Azure and needs a real anonymity secret there", () => {
    expect(() => loadConfig({ WEBSITE_SITE_NAME: "app" })).toThrow(/ANONYMITY_SECRET/);
    expect(loadConfig({ WEBSITE_SITE_NAME: "app", ANONYMITY_SECRET: "s" }).authMode).toBe("entra");
  });
});
