import type { TestProject } from "vitest/node";
import { buildTabs, serveBuiltTabs, startApi, startCosmos, startTabs } from "../support/stack";
import { E2E_LANES } from "./lanes";
import { startSharedBrowser } from "./support/shared-browser";

/**
 * The whole local stack for the browser tests, on free ports, once per lane (`E2E_LANES`, see
 * lanes.ts): the API on the built-in host with a database of its own on the one Cosmos-protocol
 * server, the tabs' Vite dev server with the local Teams host page (`devUrl`), and the tabs built
 * as a deployment builds them, framed by the same host page (`baseUrl`). Each test file runs in one
 * lane, so files running side by side never see each other's rounds in the fixture scopes.
 * Most tests use the build: it is what ships, and its pages open several times faster than the dev
 * server serves its modules. Tests of what only development has (the local sign-in stand-in, the
 * dev hints) and the walkthroughs the README gives use the dev server. `E2E_TABS=dev` runs every
 * test on it. One Chromium serves every test file (`browserEndpoint`, support/shared-browser.ts);
 * it starts while the stack does.
 */
export default async function setup(project: TestProject) {
  const browser = startSharedBrowser();
  const cosmos = await startCosmos();
  const build = process.env.E2E_TABS === "dev" ? undefined : buildTabs();
  const lanes = await Promise.all(
    Array.from({ length: E2E_LANES }, async (_, index) => {
      const api = await startApi(cosmos.endpoint);
      const apiOrigin = `http://127.0.0.1:${api.port}`;
      const cacheDir = index === 0 ? undefined : `node_modules/.vite-e2e-lane-${index + 1}`;
      const tabs = await startTabs(apiOrigin, { cacheDir });
      const built = build && (await serveBuiltTabs((await build).outDir, apiOrigin, tabs.url));
      return { api, tabs, built };
    }),
  );
  project.provide(
    "lanes",
    lanes.map(({ tabs, built }) => ({ devUrl: tabs.url, baseUrl: built?.url ?? tabs.url })),
  );
  project.provide("browserEndpoint", (await browser).wsEndpoint);
  return async () => {
    await (await browser).close();
    for (const { api, tabs, built } of lanes) {
      await built?.close();
      await tabs.server.close();
      await api.close();
    }
    await (await build)?.remove();
    await cosmos.stop();
  };
}
