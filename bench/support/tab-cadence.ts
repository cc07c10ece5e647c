import { build } from "esbuild";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const sidePanel = fileURLToPath(new URL("../../tabs/src/side-panel/", import.meta.url));

export interface Cadence {
  ms: number;
  source: string;
}

const valid = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && value > 0;

/**
 * The side panel's poll interval while a round is open, the panel visible and its user active,
 * read from the tab's own code so the bench follows the tab when it changes:
 * `nextPollDelay` of tabs/src/side-panel/poll-schedule.ts (a pure module), or else the older
 * `pollDelay(true, false)` of use-round.ts, bundled with esbuild because it imports React and
 * teams-js, which Node cannot load as they are.
 */
export async function tabPollCadence(): Promise<Cadence> {
  const schedule = path.join(sidePanel, "poll-schedule.ts");
  if (existsSync(schedule)) {
    const module = (await import(pathToFileURL(schedule).href)) as {
      nextPollDelay?: (situation: object) => unknown;
    };
    const value = module.nextPollDelay?.({
      roundOpen: true,
      hidden: false,
      idleMs: 0,
      failures: 0,
      suspended: false,
    });
    if (valid(value))
      return {
        ms: value,
        source: "nextPollDelay(round open, visible, active) in tabs/src/side-panel/poll-schedule.ts",
      };
  }
  const useRound = path.join(sidePanel, "use-round.ts");
  const bundled = await build({
    entryPoints: [useRound],
    bundle: true,
    format: "esm",
    platform: "node",
    mainFields: ["module", "main"],
    jsx: "automatic",
    write: false,
    logLevel: "silent",
  });
  const dir = await mkdtemp(path.join(tmpdir(), "bench-cadence-"));
  try {
    const file = path.join(dir, "use-round.mjs");
    await writeFile(file, bundled.outputFiles[0]?.contents ?? "");
    const module = (await import(pathToFileURL(file).href)) as {
      pollDelay?: (hasRound: boolean, hidden: boolean) => unknown;
    };
    const value = module.pollDelay?.(true, false);
    if (valid(value))
      return { ms: value, source: "pollDelay(true, false) in tabs/src/side-panel/use-round.ts" };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  throw new Error(
    "Could not read the side panel's poll interval: neither poll-schedule.ts nextPollDelay nor use-round.ts pollDelay gave a number",
  );
}
