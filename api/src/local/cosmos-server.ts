// A local Cosmos-protocol server (@vercel/cosmosdb-server, in memory) that survives restarts by
// snapshotting its data to a folder.
//
// We rebuild the package's createHttpsServer() from its lib/account and lib/routes modules so
// that we hold the Account object: dumping and restoring in-process is a walk over its maps,
// which restores 50,000 items in well under a second, whereas going through the protocol would
// cost one HTTPS round trip per item and could not see every container setting. The package is
// pinned to exactly 1.0.1, so leaning on its internals is safe; see cosmosdb-server.d.ts.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, open, readFile, rename } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import https from "node:https";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Account, AccountConstructor, Resource, ResponseBody, Route } from "./cosmosdb-server";

import { makeLocalQueriesLinear } from "./linear-queries";

export { LOCAL_COSMOS_KEY } from "./cosmos-key";

makeLocalQueriesLinear();

export interface LocalCosmosOptions {
  /** 0 picks a free port. */
  port: number;
  /** Default "127.0.0.1". */
  host?: string;
  /** Folder for cosmos-snapshot.json; undefined keeps everything in memory only. */
  dataDir?: string;
  /** Default 1000. A snapshot is written only when something changed since the last one. */
  snapshotIntervalMs?: number;
  /**
   * Runs the periodic snapshot check every `ms` and returns how to stop it. Default: an unref'd
   * setInterval. Tests pass their own to run the check when they choose rather than wait for it.
   */
  every?: (ms: number, check: () => Promise<void>) => () => void;
}

export interface LocalCosmos {
  /**
   * e.g. "https://localhost:8081": "localhost" for loopback and wildcard hosts, like the real
   * emulator (Node 20 tries both address families, so a localhost that resolves to ::1 first
   * still reaches 127.0.0.1). The certificate is the package's self-signed, expired one, which
   * the SDK accepts under any host name once the agent has rejectUnauthorized: false.
   */
  endpoint: string;
  port: number;
  /** Writes a snapshot now; a no-op without dataDir. */
  snapshot(): Promise<void>;
  /** Closes the server and all its sockets, then writes a final snapshot if anything changed. */
  stop(): Promise<void>;
}

const SNAPSHOT_FILE = "cosmos-snapshot.json";

// The package is CommonJS with `exports.default`; require() sidesteps the differences between
// how Node, tsx and Vitest interpret a default import of such a module.
const requireCjs = createRequire(import.meta.url);
const packageDir = path.dirname(requireCjs.resolve("@vercel/cosmosdb-server/package.json"));
const Account = (requireCjs("@vercel/cosmosdb-server/lib/account") as { default: AccountConstructor })
  .default;
const route = (requireCjs("@vercel/cosmosdb-server/lib/routes") as { default: Route }).default;

// Copied from the package's request handler, which the SDK needs when it asks for query metrics.
const QUERY_METRICS =
  "totalExecutionTimeInMs=0.00;queryCompileTimeInMs=0.00;queryLogicalPlanBuildTimeInMs=0.00;queryPhysicalPlanBuildTimeInMs=0.00;queryOptimizationTimeInMs=0.00;VMExecutionTimeInMs=0.00;indexLookupTimeInMs=0.00;documentLoadTimeInMs=0.00;systemFunctionExecuteTimeInMs=0.00;userFunctionExecuteTimeInMs=0.00;retrievedDocumentCount=0;retrievedDocumentSize=0;outputDocumentCount=1;outputDocumentSize=0;writeOutputTimeInMs=0.00;indexUtilizationRatio=0.00";

const LOOPBACK_OR_WILDCARD = new Set(["127.0.0.1", "::1", "localhost", "0.0.0.0", "::"]);

// Each resource set's rid counter is saved with it so that ids handed out after a restore never
// collide with restored ones.
interface SavedContainer {
  resource: Resource;
  userDefinedFunctions: { id: string; body: unknown }[];
  itemRidCount: number;
  items: Resource[];
}
interface SavedDatabase {
  resource: Resource;
  containerRidCount: number;
  containers: SavedContainer[];
}
interface Snapshot {
  format: 1;
  databaseRidCount: number;
  databases: SavedDatabase[];
}

export async function startLocalCosmos(options: LocalCosmosOptions): Promise<LocalCosmos> {
  const host = options.host ?? "127.0.0.1";
  const { dataDir } = options;
  if (dataDir) await mkdir(dataDir, { recursive: true });

  let changes = 0;
  let accountRestored: (account: Account) => void = () => undefined;
  const restored = new Promise<Account>((resolve) => (accountRestored = resolve));
  const server = https.createServer({
    cert: readFileSync(path.join(packageDir, "cert.pem")),
    key: readFileSync(path.join(packageDir, "key.pem")),
  });
  // The port is open (and `npm start` moves on) before the restore ends; requests wait for it.
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    restored
      .then((account) => respond(account, req, res, () => (changes += 1)))
      .catch((err: unknown) => {
        console.error(err);
        if (!res.writableEnded) res.writeHead(500).end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject).listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let ready: Account;
  try {
    ready = dataDir ? await restoreFrom(dataDir, port) : newAccount(port);
  } catch (err) {
    server.close();
    server.closeAllConnections();
    throw err;
  }
  accountRestored(ready);

  const endpointHost = LOOPBACK_OR_WILDCARD.has(host) ? "localhost" : host.includes(":") ? `[${host}]` : host;
  let savedChanges = changes;
  let queued = 0;
  let previous = Promise.resolve();
  const snapshot = (): Promise<void> => {
    if (!dataDir) return Promise.resolve();
    queued += 1;
    const run = previous
      .then(async () => {
        const seen = changes;
        await writeAtomically(path.join(dataDir, SNAPSHOT_FILE), JSON.stringify(dump(ready)));
        savedChanges = seen;
      })
      .finally(() => (queued -= 1));
    previous = run.catch(() => undefined);
    return run;
  };

  const stopChecks = (options.every ?? everyUnref)(options.snapshotIntervalMs ?? 1000, async () => {
    if (queued > 0 || changes === savedChanges) return;
    await snapshot().catch((err: unknown) =>
      console.error(`Cosmos-protocol server: snapshot failed, will retry: ${String(err)}`),
    );
  });

  let stopping: Promise<void> | undefined;
  const shutdown = async (): Promise<void> => {
    stopChecks();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    // After the sockets are gone nothing can change any more, so this snapshot is complete.
    await (changes !== savedChanges ? snapshot() : previous);
    await closed;
  };

  return {
    endpoint: `https://${endpointHost}:${port}`,
    port,
    snapshot,
    stop: () => (stopping ??= shutdown()),
  };
}

/** The package's request handler, plus a call to onChange once a mutating handler has run. */
/** The default schedule of the snapshot check: a timer that does not keep the process alive. */
function everyUnref(ms: number, check: () => Promise<void>): () => void {
  const timer = setInterval(() => void check(), ms);
  timer.unref();
  return () => clearInterval(timer);
}

async function respond(
  account: Account,
  req: IncomingMessage,
  res: ServerResponse,
  onChange: () => void,
): Promise<void> {
  const matched = route(req);
  let body: ResponseBody;
  if (matched) {
    const [params, handler] = matched;
    try {
      body = await handler(account, req, res, params);
    } catch (err) {
      console.error(err);
      body = { message: err instanceof Error ? err.message : String(err) };
      res.statusCode = 500;
    } finally {
      // Counted after the handler (whose mutation is synchronous once the body is read) so a
      // snapshot can never record the count without the change; failed writes count too,
      // which costs at most one redundant snapshot.
      if (!isReadOnly(req)) onChange();
    }
    if (res.statusCode > 399 && body && !body.message) body.message = "";
  } else {
    res.statusCode = 400;
    body = { message: "no route" };
  }

  if (typeof body?._etag === "string") res.setHeader("etag", body._etag);
  res.setHeader("content-type", "application/json");
  res.setHeader("content-location", `https://${req.headers.host}${req.url}`);
  res.setHeader("x-ms-activity-id", randomUUID());
  res.setHeader("x-ms-request-charge", "1");
  if (req.headers["x-ms-documentdb-populatequerymetrics"])
    res.setHeader("x-ms-documentdb-query-metrics", QUERY_METRICS);
  if (req.headers["a-im"] && res.statusCode === 200) {
    if (req.headers["if-none-match"]) res.statusCode = 304;
    res.setHeader("etag", "1");
  }
  res.end(JSON.stringify(body));
}

/** Mirrors how lib/router.js tells reads and queries from writes. */
function isReadOnly(req: IncomingMessage): boolean {
  if (req.method === "GET" || req.method === "HEAD") return true;
  const isQuery = [req.headers["x-ms-documentdb-isquery"] ?? []]
    .flat()
    .some((value) => value.toLowerCase() === "true");
  return req.method === "POST" && (isQuery || req.headers["content-type"] === "application/query+json");
}

function dump(account: Account): Snapshot {
  return {
    format: 1,
    databaseRidCount: account.databases._ridCount,
    databases: [...account.databases._data.values()].map((database) => ({
      resource: database.read(),
      containerRidCount: database.collections._ridCount,
      containers: [...database.collections._data.values()].map((container) => ({
        resource: container.read(),
        userDefinedFunctions: [...container.userDefinedFunctions._data.values()].map((udf) => {
          const { id, body } = udf.read();
          return { id, body };
        }),
        itemRidCount: container.documents._ridCount,
        items: [...container.documents._data.values()].map((item) => item.read()),
      })),
    })),
  };
}

// Puts every saved resource back with _set(), the method create() ends in, which rebuilds the
// id and unique-key indexes and the per-container state (partition key, composite-index
// defaults) from the stored object. Unlike create() it keeps the system fields: _rid, _self,
// _etag and _ts come back unchanged, and with _rid the order of queries without ORDER BY (the
// query engine sorts them by _rid) and continuation tokens. User-defined functions go through
// create() because only it compiles them; their _rid may change.
function restore(account: Account, snapshot: Snapshot): void {
  account.databases._ridCount = ridCount(snapshot.databaseRidCount);
  for (const saved of snapshot.databases) {
    account.databases._set(saved.resource);
    const database = account.database(saved.resource.id);
    database.collections._ridCount = ridCount(saved.containerRidCount);
    for (const savedContainer of saved.containers) {
      database.collections._set(savedContainer.resource);
      const container = database.collection(savedContainer.resource.id);
      for (const udf of savedContainer.userDefinedFunctions) container.userDefinedFunctions.create(udf);
      container.documents._ridCount = ridCount(savedContainer.itemRidCount);
      for (const item of savedContainer.items) container.documents._set(item);
    }
  }
}

function ridCount(value: unknown): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0)
    throw new Error(`invalid rid counter ${JSON.stringify(value)}`);
  return value as number;
}

// The SDK ignores an account's writableLocations when the account id is "localhost"
// (@azure/cosmos DatabaseAccount.js), so clients keep using the endpoint they were given instead
// of being redirected to the address we listen on; the port is the real one all the same.
function newAccount(port: number): Account {
  return new Account("localhost", port);
}

/** The account as saved in dataDir; empty if there is no snapshot or it is unusable. */
async function restoreFrom(dataDir: string, port: number): Promise<Account> {
  const file = path.join(dataDir, SNAPSHOT_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return newAccount(port);
    return moveAside(file, err, port);
  }
  try {
    const snapshot = JSON.parse(text) as Snapshot;
    if (snapshot.format !== 1) throw new Error(`unknown snapshot format ${JSON.stringify(snapshot.format)}`);
    const account = newAccount(port);
    restore(account, snapshot);
    return account;
  } catch (err) {
    return moveAside(file, err, port);
  }
}

// Starting empty on top of the bad file would overwrite it with the first snapshot, so it is
// kept for inspection; if even the move fails we refuse to start rather than lose it.
async function moveAside(file: string, reason: unknown, port: number): Promise<Account> {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const aside = path.join(path.dirname(file), `cosmos-snapshot.corrupt-${stamp}.json`);
  await rename(file, aside);
  const why = reason instanceof Error ? reason.message : String(reason);
  console.error(
    `Cosmos-protocol server: unreadable snapshot ${file} (${why}); moved it to ${aside} and started empty.`,
  );
  return newAccount(port);
}

/** Temp file in the same folder, fsync, rename: a crash leaves the old or the new snapshot, never half of one. */
async function writeAtomically(file: string, contents: string): Promise<void> {
  const temp = `${file}.tmp`;
  const handle = await open(temp, "w");
  try {
    await handle.writeFile(contents);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
}
