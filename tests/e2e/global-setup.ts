import type { TestProject } from "vitest/node";
import { startApi, startCosmos, startTabs } from "../support/stack";

/**
 * The whole local stack for the browser tests, on free ports: the Cosmos-protocol server, the API on
 * the built-in host and the tabs' Vite dev server with the local Teams host page.
 */
export default async function setup(project: TestProject) {
  const cosmos = await startCosmos();
  const api = await startApi(cosmos.endpoint);
  const tabs = await startTabs(`http://127.0.0.1:${api.port}`);
  project.provide("baseUrl", tabs.url);
  return async () => {
    await tabs.server.close();
    await api.close();
    await cosmos.stop();
  };
}
