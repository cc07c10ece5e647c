import type { TestProject } from "vitest/node";
import { startApi, startBuiltTabs, startCosmos, startTabs } from "../support/stack";
import { startSharedBrowser } from "./support/shared-browser";

/**
 * The whole local stack for the browser tests, on free ports: the Cosmos-protocol server, the API on
 * the built-in host, the tabs' Vite dev server with the local Teams host page (`devUrl`), and the
 * tabs built as a deployment builds them, framed by the same host page (`baseUrl`). Most tests use
 * the build: it is what ships, and its pages open several times faster than the dev server serves
 * its modules. Tests of what only development has (the local sign-in stand-in, the dev hints) and
 * the walkthroughs the README gives use the dev server. `E2E_TABS=dev` runs every test on it.
 * One Chromium serves every test file (`browserEndpoint`, support/shared-browser.ts); it starts
 * while the stack does.
 */
export default async function setup(project: TestProject) {
  const browser = startSharedBrowser();
  const cosmos = await startCosmos();
  const api = await startApi(cosmos.endpoint);
  const apiOrigin = `http://127.0.0.1:${api.port}`;
  const tabs = await startTabs(apiOrigin);
  const built = process.env.E2E_TABS === "dev" ? undefined : await startBuiltTabs(apiOrigin, tabs.url);
  project.provide("devUrl", tabs.url);
  project.provide("baseUrl", built?.url ?? tabs.url);
  project.provide("browserEndpoint", (await browser).wsEndpoint);
  return async () => {
    await (await browser).close();
    await built?.close();
    await tabs.server.close();
    await api.close();
    await cosmos.stop();
  };
}
