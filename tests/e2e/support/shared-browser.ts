import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";
import { inject } from "vitest";

/**
 * One Chromium for the whole browser test run: the global setup starts it as a Playwright browser
 * server in a process of its own, and each test file connects to it instead of launching and closing
 * a browser of its own. A connected browser's `close()` closes the contexts that file opened and
 * disconnects; the browser itself stays up for the next file. Each person in a test still gets a
 * browser context of their own, so nothing but the Chromium process is shared.
 */

const MAIN = fileURLToPath(new URL("./browser-server-main.ts", import.meta.url));
const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));

export interface SharedBrowser {
  wsEndpoint: string;
  close(): Promise<void>;
}

/** Starts the browser server (global setup); `close` ends it. */
export async function startSharedBrowser(): Promise<SharedBrowser> {
  // node --import tsx rather than the tsx CLI, which would run the script in a grandchild process.
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    cwd: REPO_ROOT,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const wsEndpoint = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n");
      if (line.length > 1) resolve(line[0]!.trim());
    });
    child.once("exit", (code) =>
      reject(new Error(`the browser server exited with ${code} before it started`)),
    );
  });
  return {
    wsEndpoint,
    async close() {
      child.stdin.end();
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The run's Chromium, for one test file: `close()` closes what the file opened and lets go of it. */
export function connectChromium(): Promise<Browser> {
  return chromium.connect(inject("browserEndpoint"));
}
