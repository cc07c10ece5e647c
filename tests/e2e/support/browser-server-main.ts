import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumExecutable } from "./browser";

/**
 * Chromium as a Playwright browser server, in a process of its own (see shared-browser.ts): prints
 * its WebSocket endpoint as its first line, and closes the browser when its standard input ends,
 * which it does when the process that started it closes it or dies.
 */
const server = await chromium.launchServer({
  executablePath: chromiumExecutable(),
  headless: true,
  args: CHROMIUM_ARGS,
});
process.stdout.write(`${server.wsEndpoint()}\n`);
process.stdin.on("end", () => {
  void server.close().finally(() => process.exit(0));
});
process.stdin.resume();
