import { createServer as createViteServer } from "vite";
import type { ViteDevServer } from "vite";
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildPage, bundleDevHost, readDevHostHtml } from "../../bench/support/builds";
import { startStaticServer } from "../../bench/support/static-server";
import type { StaticServer } from "../../bench/support/static-server";
import { startFluidService } from "../../scripts/fluid-service";
import { liveShareRegistry } from "../../tabs/dev/live-share-registry";
import type { FluidService } from "../../scripts/fluid-service";
import { loadConfig } from "../../api/src/config";
import { startLocalCosmos } from "../../api/src/local/cosmos-server";
import type { LocalCosmos } from "../../api/src/local/cosmos-server";
import { startLocalHost } from "../../api/src/local/http-host";
import type { LocalHost } from "../../api/src/local/http-host";
import { createRoutes } from "../../api/src/routes";
import { createServices } from "../../api/src/services";

const tabsRoot = fileURLToPath(new URL("../../tabs", import.meta.url));

export const startCosmos = (): Promise<LocalCosmos> => startLocalCosmos({ port: 0 });

/**
 * The API on the built-in host, on a free port, against the given Cosmos endpoint, in dev auth mode.
 * Each API gets a database of its own unless told otherwise, so test files running in parallel on
 * one server never see each other's rounds in the fixture scopes. `now` is the clock of its caches.
 */
export async function startApi(
  cosmosEndpoint: string,
  options: { env?: NodeJS.ProcessEnv; log?: (line: string) => void; now?: () => number } = {},
): Promise<LocalHost> {
  const config = loadConfig({
    AUTH_MODE: "dev",
    COSMOS_ENDPOINT: cosmosEndpoint,
    COSMOS_DATABASE: `test-${randomUUID()}`,
    ...options.env,
  });
  return startLocalHost(createRoutes(await createServices(config, { now: options.now })), {
    port: 0,
    log: options.log,
  });
}

/**
 * The tabs' Vite dev server (with the local Teams host page) on a free port, proxying /api to
 * `apiUrl`. Live Share is off in its host page unless a page names a Fluid service (`liveShare=PORT`)
 * or `fluidEndpoint` is given. Dev servers running side by side need a `cacheDir` each for the
 * dependencies Vite pre-bundles.
 */
export async function startTabs(
  apiOrigin: string,
  options: { fluidEndpoint?: string; cacheDir?: string } = {},
): Promise<{ url: string; server: ViteDevServer }> {
  const server = await createViteServer({
    configFile: `${tabsRoot}/vite.config.ts`,
    root: tabsRoot,
    cacheDir: options.cacheDir,
    plugins: [liveShareRegistry({ endpoint: options.fluidEndpoint ?? null })],
    logLevel: "warn",
    server: { port: 0, strictPort: false, host: "127.0.0.1", proxy: { "/api": { target: apiOrigin } } },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === "string") throw new Error("Vite did not report its port");
  return { url: `http://localhost:${address.port}`, server };
}

/** The tabs built as a deployment builds them, in a temporary directory `remove` deletes. */
export async function buildTabs(): Promise<{ outDir: string; remove(): Promise<void> }> {
  const outDir = await mkdtemp(join(tmpdir(), "learning-loop-tabs-"));
  const built = await buildPage("tabs", undefined, outDir);
  return { outDir: built.outDir, remove: () => rm(outDir, { recursive: true, force: true }) };
}

/**
 * The built tabs (`buildTabs`) served on a free port and framed by the same local Teams host page
 * (bundled), with /api proxied to `apiOrigin`. What the build does not have (the host page's Live
 * Share registry, the probe app) comes from the dev server at `devOrigin`. A built page opens in a
 * fraction of the time the dev server needs to serve its modules.
 */
export async function serveBuiltTabs(
  outDir: string,
  apiOrigin: string,
  devOrigin: string,
): Promise<{ url: string; server: StaticServer; close(): Promise<void> }> {
  const server = await startStaticServer({
    root: outDir,
    extra: {
      "/dev/host.html": { type: "text/html; charset=utf-8", body: await readDevHostHtml() },
      "/dev/host.ts": { type: "text/javascript; charset=utf-8", body: await bundleDevHost() },
    },
    apiOrigin,
    fallbackOrigin: devOrigin,
  });
  return { url: server.origin, server, close: () => server.close() };
}

/** A port nobody listens on right now. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
      .once("error", reject)
      .listen(0, () => {
        const address = server.address();
        server.close(() =>
          address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port")),
        );
      });
  });

/**
 * The Fluid local service (Live Share's local stand-in) on `port` (a free one by default), with its
 * summaries in a temporary directory. Stop and start it again on the same port to test recovery.
 */
export async function startFluid(port?: number): Promise<FluidService> {
  return startFluidService({
    port: port ?? (await freePort()),
    storage: mkdtempSync(join(tmpdir(), "learning-loop-fluid-")),
  });
}
