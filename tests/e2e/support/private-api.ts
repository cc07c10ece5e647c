import type { BrowserContext } from "playwright-core";
import { randomUUID } from "node:crypto";
import type { LocalCosmos } from "../../../api/src/local/cosmos-server";
import type { LocalHost } from "../../../api/src/local/http-host";
import { startApi, startCosmos } from "../../support/stack";

/**
 * A Cosmos server and an API of a test file's own, for browser tests that need data the HTTP API
 * cannot make (a quarter of backdated history, written by the seed) and a database no other test
 * file writes to. The page still comes from the shared tabs dev server (`baseUrl()`); only its
 * `/api` requests are routed here, so the app runs its real code path, token and all.
 */
export interface PrivateApi {
  api: LocalHost;
  /** The environment that points the seed (or anything using loadConfig) at this API's database. */
  env: { COSMOS_ENDPOINT: string; COSMOS_DATABASE: string };
  /** Sends the context's `/api/...` requests to this API instead of the dev server's proxy. */
  route(context: BrowserContext): Promise<void>;
  close(): Promise<void>;
}

/** `env`: more settings for the API, such as the AI partner's (AI_ENDPOINT, …). */
export async function startPrivateApi(options: { env?: NodeJS.ProcessEnv } = {}): Promise<PrivateApi> {
  const cosmos: LocalCosmos = await startCosmos();
  const env = { COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_DATABASE: `e2e-${randomUUID()}` };
  const api = await startApi(cosmos.endpoint, { env: { ...options.env, ...env } });
  const origin = new URL(api.url).origin;
  return {
    api,
    env,
    async route(context) {
      await context.route(
        (url) => url.pathname.startsWith("/api/"),
        async (route) => {
          const url = new URL(route.request().url());
          try {
            const response = await route.fetch({ url: `${origin}${url.pathname}${url.search}` });
            await route.fulfill({ response });
          } catch (error) {
            // The test closed the page's context while this request was on its way: nobody waits
            // for its answer any more (Playwright: "… has been closed", "Request context disposed").
            if (error instanceof Error && /has been closed|disposed/.test(error.message)) return;
            throw error;
          }
        },
      );
    },
    async close() {
      await api.close();
      await cosmos.stop();
    },
  };
}
