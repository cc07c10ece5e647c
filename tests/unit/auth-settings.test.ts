import { describe, expect, it } from "vitest";
import { loadConfig } from "../../api/src/config";

const entra = { AUTH_MODE: "entra", ANONYMITY_SECRET: "s" };

describe("identity settings", () => {
  it("default to the Microsoft identity platform, Graph v1.0 and the longest allowed caches", () => {
    const config = loadConfig(entra);
    expect(config.entra).toMatchObject({
      clientId: "",
      authorityHost: "https://login.microsoftonline.com",
      jwksUrl: "https://login.microsoftonline.com/common/discovery/v2.0/keys",
      graphBaseUrl: "https://graph.microsoft.com/v1.0",
      clientSecret: undefined,
      certificatePath: undefined,
    });
    expect(config.allowedTenants).toEqual([]);
    expect(config.membershipCacheMs).toBe(600_000);
    expect(config.membershipNegativeCacheMs).toBe(60_000);
    expect(config.tenantCacheMs).toBe(300_000);
    expect(config.tabOrigin).toBeUndefined();
  });

  it("read every setting", () => {
    const config = loadConfig({
      ...entra,
      AAD_APP_CLIENT_ID: "6a2f6f0e-1c4e-4f59-9d36-0d7b1e0c1a11",
      AAD_APP_CLIENT_SECRET: "secret",
      AAD_APP_CERTIFICATE_PATH: "/run/secrets/cert.pem",
      AAD_APP_OAUTH_AUTHORITY_HOST: "https://login.microsoftonline.us/",
      ENTRA_JWKS_URL: "http://127.0.0.1:1234/keys",
      GRAPH_BASE_URL: "https://graph.microsoft.us/v1.0/",
      TAB_DOMAIN: "tab.example",
      TAB_ORIGIN: "https://tab.example/some/path",
      ALLOWED_TENANTS: " AAAAAAAA-0000-4000-8000-000000000001,,bbbbbbbb-0000-4000-8000-000000000002 ",
      AAD_APP_TENANT_ID: "CCCCCCCC-0000-4000-8000-000000000003",
      MEMBERSHIP_CACHE_SECONDS: "120",
      MEMBERSHIP_NEGATIVE_CACHE_SECONDS: "300",
      TENANT_CACHE_SECONDS: "30",
    });
    expect(config.entra).toMatchObject({
      clientSecret: "secret",
      certificatePath: "/run/secrets/cert.pem",
      authorityHost: "https://login.microsoftonline.us",
      jwksUrl: "http://127.0.0.1:1234/keys",
      graphBaseUrl: "https://graph.microsoft.us/v1.0",
      domain: "tab.example",
    });
    expect(config.tabOrigin).toBe("https://tab.example");
    expect(config.allowedTenants).toEqual([
      "aaaaaaaa-0000-4000-8000-000000000001",
      "bbbbbbbb-0000-4000-8000-000000000002",
      "cccccccc-0000-4000-8000-000000000003",
    ]);
    expect(config.membershipCacheMs).toBe(120_000);
    // A negative answer is never kept longer than a positive one.
    expect(config.membershipNegativeCacheMs).toBe(120_000);
    expect(config.tenantCacheMs).toBe(30_000);
  });

  it.each([
    [{ ALLOWED_TENANTS: "contoso.onmicrosoft.com" }, /ALLOWED_TENANTS/],
    [{ MEMBERSHIP_CACHE_SECONDS: "601" }, /at most 600/],
    [{ MEMBERSHIP_CACHE_SECONDS: "-1" }, /MEMBERSHIP_CACHE_SECONDS/],
    [{ GRAPH_BASE_URL: "graph" }, /GRAPH_BASE_URL/],
    [{ TAB_ORIGIN: "tab.example" }, /TAB_ORIGIN/],
  ])("refuse %o", (env, message) => {
    expect(() => loadConfig({ ...entra, ...env })).toThrow(message);
  });
});
