import { startFakeGraph } from "./fake-graph";
import type { FakeGraph } from "./fake-graph";
import { TEMPLATED_ISSUER, createSigningKey, startFakeAuthority, startJwksServer } from "./fake-jwks";
import type { FakeAuthority, JwksServer, SigningKey } from "./fake-jwks";

/** The Entra app registration the fakes stand behind. */
export const FAKE_CLIENT_ID = "6a2f6f0e-1c4e-4f59-9d36-0d7b1e0c1a11";

/**
 * The Microsoft identity platform (a signing key, its JWKS, the on-behalf-of token endpoint) and
 * Microsoft Graph, faked on 127.0.0.1, with the app settings that point an API in AUTH_MODE=entra
 * at them.
 */
export interface FakeEntra {
  key: SigningKey;
  jwks: JwksServer;
  authority: FakeAuthority;
  graph: FakeGraph;
  /** App settings for the API; `allowedTenants` is ALLOWED_TENANTS as an operator writes it. */
  env(allowedTenants: string, extra?: Record<string, string>): Record<string, string>;
  close(): Promise<void>;
}

export async function startFakeEntra(kid: string): Promise<FakeEntra> {
  const key = await createSigningKey({ kid, issuer: TEMPLATED_ISSUER });
  const jwks = await startJwksServer([key]);
  const authority = await startFakeAuthority();
  const graph = await startFakeGraph();
  return {
    key,
    jwks,
    authority,
    graph,
    env: (allowedTenants, extra = {}) => ({
      AUTH_MODE: "entra",
      AAD_APP_CLIENT_ID: FAKE_CLIENT_ID,
      AAD_APP_CLIENT_SECRET: "test-only-secret",
      ANONYMITY_SECRET: "test-only-anonymity-secret",
      ENTRA_JWKS_URL: jwks.url,
      AAD_APP_OAUTH_AUTHORITY_HOST: authority.authorityHost,
      GRAPH_BASE_URL: graph.baseUrl,
      ALLOWED_TENANTS: allowedTenants,
      ...extra,
    }),
    async close() {
      await Promise.all([jwks.close(), authority.close(), graph.close()]);
    },
  };
}
