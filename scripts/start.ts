/**
 * `npm start`: the whole local stack on fixed ports. The Cosmos-protocol server, the Fluid local
 * service (Live Share) and the API run as child processes (the API under `func start` when Azure
 * Functions Core Tools are installed, else under the built-in host); the Vite dev server runs in
 * this process. Ctrl-C stops everything.
 */
import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { createServer as createViteServer } from "vite";
import { liveShareRegistry } from "../tabs/dev/live-share-registry";
import { accepts, startFluidService } from "./fluid-service";

const root = fileURLToPath(new URL("..", import.meta.url));
const ports = {
  cosmos: Number(process.env.COSMOS_PORT ?? 8081),
  api: Number(process.env.API_PORT ?? 7071),
  tabs: Number(process.env.TABS_PORT ?? 53000),
  fluid: Number(process.env.FLUID_PORT ?? 7070),
};
const tsx = `${root}node_modules/.bin/tsx`;
const children: ChildProcess[] = [];
/** In-process servers to close before the children are stopped. */
const closers: (() => Promise<void>)[] = [];

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port);
  });
}

function run(
  name: string,
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
) {
  const child = spawn(command, args, {
    cwd: options.cwd ?? root,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the stack.`);
      void stop(1);
    }
  });
  children.push(child);
  return child;
}

async function waitFor(port: number, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await accepts(port))) {
    if (stopping) return;
    if (Date.now() > deadline) {
      console.error(`${what} did not start listening on port ${port} within ${timeoutMs / 1000}s.`);
      await stop(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * `func start` reads its settings from api/local.settings.json (git-ignored). Timer triggers need
 * a storage account; locally that is Azurite (`npx azurite`), which the built-in host does not need.
 */
function writeLocalSettings() {
  const file = `${root}api/local.settings.json`;
  if (existsSync(file)) return;
  const settings = {
    IsEncrypted: false,
    Values: { FUNCTIONS_WORKER_RUNTIME: "node", AzureWebJobsStorage: "UseDevelopmentStorage=true" },
    Host: { CORS: `http://localhost:${ports.tabs}` },
  };
  writeFileSync(file, JSON.stringify(settings, null, 2) + "\n");
}

const hasFunc = () => spawnSync("func", ["--version"], { stdio: "ignore" }).status === 0;

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await Promise.all(closers.map((close) => close()));
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
        }),
    ),
  );
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

const names = {
  cosmos: "Cosmos-protocol server",
  api: "API",
  tabs: "tabs dev server",
  fluid: "Fluid local service (Live Share)",
} as const;
for (const [key, port] of Object.entries(ports) as [keyof typeof ports, number][]) {
  if (!(await portFree(port))) {
    const variable = `${key.toUpperCase()}_PORT`;
    console.error(
      `Port ${port} is already in use (${names[key]}). Stop whatever uses it or set ${variable}.`,
    );
    process.exit(1);
  }
}

const cosmosEndpoint = `https://localhost:${ports.cosmos}`;
run(names.cosmos, tsx, ["api/src/local/cosmos-main.ts"], { env: { COSMOS_PORT: String(ports.cosmos) } });
await waitFor(ports.cosmos, names.cosmos);

const apiEnv = { COSMOS_ENDPOINT: cosmosEndpoint, API_PORT: String(ports.api) };
if (hasFunc()) {
  const build = spawnSync("npm", ["run", "build", "--workspace", "api"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(1);
  writeLocalSettings();
  run(names.api, "func", ["start", "--port", String(ports.api)], { cwd: `${root}api`, env: apiEnv });
} else {
  run(names.api, tsx, ["api/src/local/api-main.ts"], { env: apiEnv });
}
await waitFor(ports.api, names.api);

// Live Share's local stand-in: the local Teams host page offers it to the app (docs/architecture.md §2).
const fluid = await startFluidService({ port: ports.fluid, storage: `${root}.data/fluid` });
fluid.child.on("exit", (code, signal) => {
  if (!stopping) {
    console.error(
      `${names.fluid} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the stack.`,
    );
    void stop(1);
  }
});
children.push(fluid.child);

const vite = await createViteServer({
  configFile: `${root}tabs/vite.config.ts`,
  // The local Teams host page's stand-in for Teams' Live Share service, pointing at the Fluid service.
  plugins: [liveShareRegistry({ endpoint: fluid.endpoint })],
  server: {
    port: ports.tabs,
    strictPort: true,
    proxy: { "/api": { target: `http://127.0.0.1:${ports.api}` } },
  },
});
closers.push(() => vite.close());
await vite.listen();

console.log(`
Learning Loop is running:
  Local Teams host page  http://localhost:${ports.tabs}/dev/host.html
                         (as bob in a second browser: http://localhost:${ports.tabs}/dev/host.html?user=bob)
  History tab            http://localhost:${ports.tabs}/dev/host.html?view=content
  Tabs (Vite)            http://localhost:${ports.tabs}
  API                    http://localhost:${ports.api}/api
  Fluid local service    ${fluid.endpoint}   (Live Share in the local Teams host page)
  Cosmos-protocol server ${cosmosEndpoint}   (data in .data/cosmos)
Press Ctrl-C to stop.`);
