/**
 * `npm run bench`: the performance budgets of docs/architecture.md §7, each measured side by side with its
 * baseline in this one run, against servers started here on 127.0.0.1 and stopped at the end.
 * Prints a table, writes bench/results/<timestamp>.json. Exit code 0 whatever the verdicts (it is a
 * report); 1 only when the harness could not measure something. See docs/benchmarks.md.
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Browser } from "playwright-core";
import { launchChromium } from "../tests/e2e/support/browser";
import { MEASURES, benchConfig } from "./config";
import type { MeasureId } from "./config";
import { startFluid } from "../tests/support/stack";
import { answerVisibility } from "./measures/answer-visibility";
import { liveVisibility } from "./measures/live-visibility";
import { cosmosOperations } from "./measures/cosmos-operations";
import { historyScale } from "./measures/history-scale";
import { initialJs } from "./measures/initial-js";
import { load } from "./measures/load";
import { relatedScale } from "./measures/related-scale";
import { lessonsFeed } from "./measures/lessons-feed";
import { submitOverhead } from "./measures/submit-overhead";
import { APP_TARGETS, HELLO_TARGETS, timeToInteractive } from "./measures/time-to-interactive";
import { BenchStack } from "./stack/processes";
import { HELLO_ROOT, buildPage, bundleDevHost, readDevHostHtml } from "./support/builds";
import type { BuiltPage } from "./support/builds";
import { benchClient, openBenchContainer } from "./support/cosmos";
import { startCountingProxy } from "./support/counting-proxy";
import { closeHttpAgent } from "./support/http";
import { formatTable, writeResults } from "./support/report";
import type { MeasureResult } from "./support/report";
import { startStaticServer } from "./support/static-server";
import { tabPollCadence } from "./support/tab-cadence";
import type { Cadence } from "./support/tab-cadence";

const config = benchConfig();
const startedAt = new Date();
const began = performance.now();
const loadStart = os.loadavg();
const results: MeasureResult[] = [];
const cleanups: (() => Promise<unknown>)[] = [];
/** The whole run is bounded: past this the bench stops, reports what it has and fails. */
const WATCHDOG_MS = config.quick ? 8 * 60_000 : 30 * 60_000;

const log = (line: string) => console.log(line);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function cleanup() {
  while (cleanups.length) {
    const next = cleanups.pop()!;
    await next().catch((error: unknown) => console.error(`cleanup failed: ${String(error)}`));
  }
  closeHttpAgent();
}

/** Runs one measure; a throw becomes an ERROR row and the run goes on with the next measure. */
async function step(id: MeasureId, title: string, run: () => Promise<Omit<MeasureResult, "durationMs">>) {
  if (!config.only.includes(id) && !(id === "initial-js" && config.only.includes("tti"))) return;
  log(`▶ ${title}…`);
  const started = performance.now();
  try {
    const result = { ...(await run()), durationMs: Math.round(performance.now() - started) };
    results.push(result);
    log(`  done in ${seconds(result.durationMs)}`);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`  ✖ ${title}: ${message}`);
    results.push({
      id,
      title,
      durationMs: Math.round(performance.now() - started),
      rows: [{ measure: title, value: "harness error (see below)", verdict: "ERROR" }],
      error: message,
    });
  }
}

function gitState() {
  try {
    const commit = execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).trim();
    const changed = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean).length;
    return { commit, uncommittedFiles: changed };
  } catch {
    return null;
  }
}

async function main() {
  log(
    `Learning Loop bench — ${config.quick ? "QUICK smoke run (BENCH_QUICK=1)" : "full run"}, seed ${config.seed}`,
  );
  log(
    `machine: ${os.cpus().length} CPUs, load average ${loadStart.map((value) => value.toFixed(2)).join(" ")}, Node ${process.version}`,
  );

  const stack = await BenchStack.start();
  cleanups.push(() => stack.stop());
  const client = benchClient(stack.cosmosEndpoint);
  cleanups.push(async () => client.dispose());
  let cadence: Cadence | undefined;
  const needCadence = async () => (cadence ??= await tabPollCadence());

  // 1. Initial JS: both pages built now, with the tabs' Vite config.
  const outRoot = await mkdtemp(path.join(os.tmpdir(), "learning-loop-bench-"));
  cleanups.push(() => rm(outRoot, { recursive: true, force: true }));
  let app: BuiltPage | undefined;
  let hello: BuiltPage | undefined;
  await step("initial-js", "Side panel initial JS (gzip) vs hello page", async () => {
    app = await buildPage("side panel", undefined, path.join(outRoot, "app"));
    hello = await buildPage("hello page", HELLO_ROOT, path.join(outRoot, "hello"));
    return initialJs(app, hello);
  });

  // 2. Time to interactive: the two builds, framed by the local Teams host page.
  await step("tti", "Side panel time to interactive vs hello page", async () => {
    if (!app || !hello) throw new Error("the builds failed, so there is nothing to load");
    const api = await stack.startApi();
    // The host offers Live Share as Teams does, so the side panel loads its Live Share chunk after
    // the first render as it would in a meeting (the join itself needs the dev server's registry).
    const fluid = await startFluid();
    cleanups.push(() => fluid.stop());
    const host = {
      "/dev/host.html": { type: "text/html; charset=utf-8", body: await readDevHostHtml() },
      "/dev/host.ts": { type: "text/javascript; charset=utf-8", body: await bundleDevHost() },
      "/dev/live-share/config": {
        type: "application/json",
        body: JSON.stringify({ endpoint: fluid.endpoint }),
      },
    };
    const appServer = await startStaticServer({ root: app.outDir, extra: host, apiOrigin: api.origin });
    const helloServer = await startStaticServer({ root: hello.outDir, extra: host, apiOrigin: api.origin });
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      return await timeToInteractive(
        browser,
        { name: "side panel", origin: appServer.origin, targets: APP_TARGETS },
        { name: "hello page", origin: helloServer.origin, targets: HELLO_TARGETS },
        config.tti,
      );
    } finally {
      await browser?.close();
      await Promise.allSettled([appServer.close(), helloServer.close(), stack.stopApi(api)]);
    }
  });

  // 6. Cosmos operations per API operation, through a counting proxy.
  await step("operations", "Cosmos operations per poll, submit and history page", async () => {
    const proxy = await startCountingProxy(stack.cosmosEndpoint);
    const api = await stack.startApi({ cosmosEndpoint: proxy.endpoint });
    try {
      return await cosmosOperations(api.url, proxy, config.operations);
    } finally {
      await stack.stopApi(api).catch(() => undefined);
      await proxy.close();
    }
  });

  // 4. API submit against a raw SDK create on the same server and container.
  await step("submit", "API submit vs raw SDK create", async () => {
    const database = `bench-submit-${randomUUID()}`;
    const api = await stack.startApi({ database });
    try {
      const container = await openBenchContainer(client, database);
      return await submitOverhead(api.url, container, config.submit);
    } finally {
      await stack.stopApi(api).catch(() => undefined);
      await client
        .database(database)
        .delete()
        .catch(() => undefined);
    }
  });

  // 3. Answer visible to other participants.
  await step("visibility", "Answer visible to other participants", async () => {
    const api = await stack.startApi();
    try {
      return await answerVisibility(api.url, await needCadence(), config.visibility, config.seed);
    } finally {
      await stack.stopApi(api).catch(() => undefined);
    }
  });

  // 3b. The same with Live Share: signals, and polling only as the safety net.
  await step("live", "Live Share: answer visible, quiet round cost", async () => {
    const api = await stack.startApi();
    const fluid = await startFluid();
    try {
      return await liveVisibility(api.url, fluid.endpoint, config.live, config.seed + 2);
    } finally {
      await fluid.stop();
      await stack.stopApi(api).catch(() => undefined);
    }
  });

  // 5. History page with 500 vs 50,000 answers.
  await step("history", "History page p50 with 500 vs 50,000 answers", () =>
    historyScale(stack, client, config.history),
  );

  // 8. Related history with 50,000 answers.
  await step("related", "Related history with 50,000 answers", () =>
    relatedScale(stack, client, config.related, config.seed),
  );

  // 9. The lesson feed with 100,000 lessons in one tenant.
  await step("lessons", "Lesson feed with 100,000 lessons", () =>
    lessonsFeed(stack, client, config.lessons, config.seed),
  );

  // 7. Load.
  await step(
    "load",
    `Load: ${config.load.participants} participants for ${config.load.durationMs / 1000} s`,
    async () => {
      const database = `bench-load-${randomUUID()}`;
      const api = await stack.startApi({ database });
      try {
        const container = await openBenchContainer(client, database);
        return await load(api.url, container, await needCadence(), config.load, config.seed + 1);
      } finally {
        await stack.stopApi(api).catch(() => undefined);
        await client
          .database(database)
          .delete()
          .catch(() => undefined);
      }
    },
  );
}

function report(interrupted: string | null) {
  // The table follows the brief's order, whatever order the measures ran in.
  const order: readonly string[] = MEASURES;
  results.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const wallMs = performance.now() - began;
  const loadEnd = os.loadavg();
  log("");
  if (config.quick) {
    log(
      "QUICK run: sample sizes and durations are below the budgets' minimums. It checks the harness; judge budgets by a full run.",
    );
  }
  log(
    `Load average at start ${loadStart.map((v) => v.toFixed(2)).join(" ")}, at end ${loadEnd.map((v) => v.toFixed(2)).join(" ")} on ${os.cpus().length} CPUs: a busy machine inflates every number.`,
  );
  log("");
  log(formatTable(results));
  log("");
  for (const result of results) {
    for (const note of result.notes ?? []) log(`• [${result.id}] ${note}`);
    if (result.error) log(`✖ [${result.id}] ${result.error.split("\n")[0]}`);
  }
  const failed = results.flatMap((result) =>
    result.rows.filter((row) => row.verdict === "FAIL").map((row) => row.measure.trim()),
  );
  const errors = results.filter((result) => result.error).map((result) => result.id);
  log("");
  if (failed.length) log(`FAIL: ${failed.length} budget(s) not met: ${failed.join("; ")}`);
  else if (!errors.length) log("All budgets met.");
  if (errors.length) log(`ERROR: the harness could not measure: ${errors.join(", ")}`);
  if (interrupted) log(`ERROR: ${interrupted}`);
  log(`Wall time ${seconds(wallMs)}.`);
  return {
    payload: {
      startedAt: startedAt.toISOString(),
      wallMs: Math.round(wallMs),
      quick: config.quick,
      config,
      interrupted,
      machine: {
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        totalMemoryMiB: Math.round(os.totalmem() / 2 ** 20),
        loadAverageStart: loadStart,
        loadAverageEnd: loadEnd,
      },
      git: gitState(),
      failed,
      results,
    },
    broken: errors.length > 0 || interrupted !== null,
  };
}

async function finish(interrupted: string | null): Promise<never> {
  clearTimeout(watchdog);
  await cleanup();
  const { payload, broken } = report(interrupted);
  try {
    log(`Results: ${path.relative(process.cwd(), await writeResults(startedAt, payload))}`);
  } catch (error) {
    console.error(`could not write results: ${String(error)}`);
    process.exit(1);
  }
  process.exit(broken ? 1 : 0);
}

let finishing = false;
const stopEarly = (why: string) => {
  if (finishing) return;
  finishing = true;
  void finish(why);
};
const watchdog = setTimeout(
  () => stopEarly(`stopped after ${WATCHDOG_MS / 60_000} minutes (watchdog)`),
  WATCHDOG_MS,
);
process.once("SIGINT", () => stopEarly("interrupted (SIGINT)"));
process.once("SIGTERM", () => stopEarly("terminated (SIGTERM)"));

main().then(
  () => {
    if (finishing) return;
    finishing = true;
    void finish(null);
  },
  (error: unknown) =>
    stopEarly(`harness failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
);
