// The local Cosmos-protocol server as a process of its own, started by `npm start`:
//   npx tsx api/src/local/cosmos-main.ts
// COSMOS_PORT (default 8081) and COSMOS_DATA_DIR (default .data/cosmos; a relative path is taken
// from the repo root, not the cwd, so every way of starting it uses the same data).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startLocalCosmos, type LocalCosmos } from "./cosmos-server";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const port = Number(process.env.COSMOS_PORT ?? 8081);
const dataDir = path.resolve(repoRoot, process.env.COSMOS_DATA_DIR ?? ".data/cosmos");

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`COSMOS_PORT must be a port number, got "${process.env.COSMOS_PORT}".`);
  process.exit(1);
}

let cosmos: LocalCosmos;
try {
  cosmos = await startLocalCosmos({ port, dataDir });
} catch (err) {
  if ((err as NodeJS.ErrnoException).code !== "EADDRINUSE") throw err;
  console.error(
    `Port ${port} is already in use (Cosmos-protocol server). Stop whatever uses it or set COSMOS_PORT.`,
  );
  process.exit(1);
}

const shownDir = path.relative(repoRoot, dataDir).split(path.sep).join("/");
const insideRepo = shownDir !== "" && !shownDir.startsWith("..") && !path.isAbsolute(shownDir);
console.log(`Cosmos-protocol server: ${cosmos.endpoint} (data in ${insideRepo ? shownDir : dataDir})`);

let stopping = false;
function shutdown(): void {
  // A second Ctrl-C means "now": give up on the final snapshot rather than ignore the user.
  if (stopping) process.exit(1);
  stopping = true;
  cosmos.stop().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error("Cosmos-protocol server: final snapshot failed:", err);
      process.exit(1);
    },
  );
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
