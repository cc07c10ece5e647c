import { describe, expect, it } from "vitest";
import { loadConfig } from "../../api/src/config";
import { cosmosCredentials } from "../../api/src/cosmos/container";

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

describe("Cosmos DB sign-in", () => {
  const azure = {
    WEBSITE_SITE_NAME: "app",
    ANONYMITY_SECRET: "s",
    COSMOS_ENDPOINT: "https://learnloop.documents.azure.com:443/",
  };

  it("keeps the key-based path against the local Cosmos-protocol server", () => {
    const { cosmos } = loadConfig({});
    expect(cosmos.key).not.toBe("");
    expect(cosmos.managedIdentityClientId).toBeUndefined();
    expect(cosmosCredentials(cosmos)).toEqual({ key: cosmos.key });
  });

  it("signs in to Cosmos DB in Azure with the user-assigned managed identity named by AZURE_CLIENT_ID", () => {
    const clientId = "0f0e0d0c-0b0a-4000-8000-000000000123";
    const { cosmos } = loadConfig({ ...azure, AZURE_CLIENT_ID: clientId });
    expect(cosmos).toMatchObject({ key: "", local: false, managedIdentityClientId: clientId });
    const credentials = cosmosCredentials(cosmos);
    // @azure/identity belongs to the api workspace; the class is named, not imported, here.
    expect("aadCredentials" in credentials && credentials.aadCredentials.constructor.name).toBe(
      "ManagedIdentityCredential",
    );
  });

  it("refuses to start in Azure with neither a key nor a managed identity", () => {
    expect(() => loadConfig(azure)).toThrow(/AZURE_CLIENT_ID/);
    expect(() => cosmosCredentials({ ...loadConfig({}).cosmos, key: "" })).toThrow(/AZURE_CLIENT_ID/);
    expect(loadConfig({ ...azure, COSMOS_KEY: "k" }).cosmos.key).toBe("k");
  });
});
