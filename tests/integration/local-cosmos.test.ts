import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CosmosClient, type Container, type ItemDefinition } from "@azure/cosmos";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  LOCAL_COSMOS_KEY,
  startLocalCosmos,
  type LocalCosmos,
  type LocalCosmosOptions,
} from "../../api/src/local/cosmos-server";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MAIN = path.join(REPO_ROOT, "api/src/local/cosmos-main.ts");
const SNAPSHOT = "cosmos-snapshot.json";

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  vi.restoreAllMocks();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "local-cosmos-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function start(options: LocalCosmosOptions): Promise<LocalCosmos> {
  const server = await startLocalCosmos(options);
  cleanups.push(() => server.stop());
  return server;
}

function connect(endpoint: string): CosmosClient {
  const client = new CosmosClient({
    endpoint,
    key: LOCAL_COSMOS_KEY,
    agent: new https.Agent({ rejectUnauthorized: false, keepAlive: true }),
  });
  cleanups.push(() => client.dispose());
  return client;
}

async function createItemsContainer(client: CosmosClient): Promise<Container> {
  const { database } = await client.databases.create({ id: "learningloop" });
  const { container } = await database.containers.create({ id: "items", partitionKey: { paths: ["/pk"] } });
  return container;
}

function userFields(resource: ItemDefinition): ItemDefinition {
  const { _rid, _etag, _ts, _self, ...fields } = resource;
  return fields;
}

async function readAll(container: Container): Promise<ItemDefinition[]> {
  return (await container.items.readAll().fetchAll()).resources;
}

interface Main {
  child: ChildProcess;
  exit: Promise<number | null>;
  /** First line on stdout, or on stderr when the process fails before printing one. */
  line: Promise<string>;
}

// node --import tsx rather than the tsx CLI: the CLI runs the script in a grandchild process,
// which a SIGKILL of the CLI would leave running.
function runMain(env: Record<string, string>): Main {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exit;
  });
  const line = new Promise<string>((resolve, reject) => {
    let out = "";
    let err = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("\n")) resolve(out.split("\n")[0] ?? "");
    });
    child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
    void exit.then((code) =>
      err ? resolve(err.trim()) : reject(new Error(`cosmos-main exited with ${code}`)),
    );
  });
  return { child, exit, line };
}

async function endpointOf(main: Main): Promise<string> {
  const match = /^Cosmos-protocol server: (https:\/\/localhost:\d+) \(data in (.+)\)$/.exec(await main.line);
  expect(match, await main.line).not.toBeNull();
  return match?.[1] ?? "";
}

describe("local Cosmos-protocol server", () => {
  it("restores databases, container definitions and items after stop and start", async () => {
    const dataDir = await tempDir();
    const first = await start({ port: 0, dataDir });
    const client = connect(first.endpoint);
    const { database } = await client.databases.create({ id: "learningloop" });
    const { container, resource: definition } = await database.containers.create({
      id: "items",
      partitionKey: { paths: ["/pk"] },
      uniqueKeyPolicy: { uniqueKeys: [{ paths: ["/slug"] }] },
      indexingPolicy: {
        compositeIndexes: [
          [
            { path: "/pk", order: "ascending" },
            { path: "/count", order: "descending" },
          ],
        ],
      },
      defaultTtl: -1,
    });
    for (let i = 0; i < 200; i += 1) {
      await container.items.create({
        id: `item-${i}`,
        pk: `team-${i % 4}`,
        slug: `slug-${i}`,
        text: `Grüße ${i} — 日本語のテキスト 👩‍👩‍👧 \u2028 "quoted" \\ tab\t`,
        count: i,
        ratio: i / 7,
        nested: { list: [1, "two", null, true, { deep: -0.5e-7 }], empty: {} },
        big: Number.MAX_SAFE_INTEGER - i,
      });
    }
    const { resource: patched } = await container
      .item("item-7", "team-3")
      .patch([{ op: "incr", path: "/count", value: 5 }]);
    expect(patched?.count).toBe(12);
    await container.item("item-8", "team-0").delete();
    const before = await readAll(container);
    expect(before).toHaveLength(199);
    await first.stop();

    const second = await start({ port: 0, dataDir });
    const restored = connect(second.endpoint).database("learningloop").container("items");
    const after = await readAll(restored);

    // Byte for byte and in the same order; the system fields are kept too.
    expect(after.map((item) => JSON.stringify(item))).toEqual(before.map((item) => JSON.stringify(item)));
    expect(after.find((item) => item.id === "item-7")?.count).toBe(12);
    expect(after.find((item) => item.id === "item-8")).toBeUndefined();

    const { resource: definitionAfter } = await restored.read();
    expect(definitionAfter?.partitionKey).toEqual(definition?.partitionKey);
    expect(definitionAfter).toEqual(definition);
    // The indexes are rebuilt, not just the data, and new ids do not collide with restored ones.
    await expect(restored.items.create({ id: "dup", pk: "team-1", slug: "slug-1" })).rejects.toMatchObject({
      code: 409,
    });
    const { resource: added } = await restored.items.create({ id: "new", pk: "team-1", slug: "new" });
    expect(after.map((item) => item._rid)).not.toContain(added?._rid);
    expect(await restored.item("item-7", "team-3").read()).toMatchObject({ resource: { count: 12 } });
  });

  it(
    "keeps what was written more than a snapshot interval before a SIGKILL",
    { timeout: 20_000 },
    async () => {
      const dataDir = await tempDir();
      const main = runMain({ COSMOS_PORT: "0", COSMOS_DATA_DIR: dataDir });
      const container = await createItemsContainer(connect(await endpointOf(main)));
      for (let i = 0; i < 20; i += 1)
        await container.items.create({ id: `kept-${i}`, pk: "p", text: `ü ${i}` });
      // The periodic snapshot (every snapshotIntervalMs, default 1000) has all of it on disk.
      await expect
        .poll(() => readFile(path.join(dataDir, SNAPSHOT), "utf8").catch(() => ""), { timeout: 10_000 })
        .toContain('"id":"kept-19"');
      main.child.kill("SIGKILL");
      await main.exit;

      const server = await start({ port: 0, dataDir });
      const items = await readAll(connect(server.endpoint).database("learningloop").container("items"));
      expect(items.map(userFields)).toEqual(
        Array.from({ length: 20 }, (_, i) => ({ id: `kept-${i}`, pk: "p", text: `ü ${i}` })),
      );
    },
  );

  it(
    "cosmos-main snapshots and exits 0 on SIGTERM, and exits 1 when the port is taken",
    { timeout: 20_000 },
    async () => {
      const dataDir = await tempDir();
      const main = runMain({ COSMOS_PORT: "0", COSMOS_DATA_DIR: dataDir });
      const container = await createItemsContainer(connect(await endpointOf(main)));
      await container.items.create({ id: "last", pk: "p" });

      const taken = await start({ port: 0 });
      const clash = runMain({ COSMOS_PORT: String(taken.port), COSMOS_DATA_DIR: dataDir });
      expect(await clash.line).toBe(
        `Port ${taken.port} is already in use (Cosmos-protocol server). Stop whatever uses it or set COSMOS_PORT.`,
      );
      expect(await clash.exit).toBe(1);

      main.child.kill("SIGTERM");
      expect(await main.exit).toBe(0);
      const saved = JSON.parse(await readFile(path.join(dataDir, SNAPSHOT), "utf8")) as unknown;
      expect(JSON.stringify(saved)).toContain('"id":"last"');
    },
  );

  it("moves a corrupt snapshot aside and starts empty", async () => {
    const dataDir = await tempDir();
    await writeFile(path.join(dataDir, SNAPSHOT), '{"format":1,"databases":[{"defin');
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);

    const server = await start({ port: 0, dataDir });

    expect(logged).toHaveBeenCalledOnce();
    expect(String(logged.mock.calls[0]?.[0])).toMatch(
      /unreadable snapshot .* moved it to .*cosmos-snapshot\.corrupt-.*\.json/,
    );
    const files = await readdir(dataDir);
    const aside = files.filter((file) => /^cosmos-snapshot\.corrupt-.+\.json$/.test(file));
    expect(aside).toHaveLength(1);
    expect(files).not.toContain(SNAPSHOT);
    expect(await readFile(path.join(dataDir, aside[0] ?? ""), "utf8")).toBe(
      '{"format":1,"databases":[{"defin',
    );
    expect((await connect(server.endpoint).databases.readAll().fetchAll()).resources).toEqual([]);
  });

  it("does not count reads and query POSTs as changes", async () => {
    const dataDir = await tempDir();
    // The periodic check runs when the test says so, not on a timer.
    let check: () => Promise<void> = () => Promise.resolve();
    const server = await start({
      port: 0,
      dataDir,
      every: (_ms, run) => {
        check = run;
        return () => undefined;
      },
    });
    const container = await createItemsContainer(connect(server.endpoint));
    await container.items.create({ id: "a", pk: "p", n: 1 });
    await server.snapshot();
    const snapshotFile = path.join(dataDir, SNAPSHOT);
    const written = await stat(snapshotFile);

    for (let i = 0; i < 5; i += 1) {
      await container.items
        .query({ query: "SELECT * FROM c WHERE c.n > @n", parameters: [{ name: "@n", value: i }] })
        .fetchAll();
      await container.items.query("SELECT VALUE COUNT(1) FROM c").fetchAll();
      await container.item("a", "p").read();
      await readAll(container);
    }
    await check();
    const afterQueries = await stat(snapshotFile);
    // Every snapshot is a new file renamed into place, so the inode tells them apart.
    expect([afterQueries.ino, afterQueries.mtimeMs]).toEqual([written.ino, written.mtimeMs]);

    await container.items.upsert({ id: "a", pk: "p", n: 2 });
    await check();
    expect((await stat(snapshotFile)).ino).not.toBe(written.ino);
  });
});
