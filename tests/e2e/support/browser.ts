import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";

/** The machine's network is closed: keep Chromium from calling home, which would only time out. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * The Chromium to drive; Playwright never downloads a browser here. CHROMIUM_PATH if set; otherwise
 * Debian's `chromium-headless-shell` when installed: the same Blink and V8 build as Debian's
 * `chromium`, without the desktop browser's window machinery, so a page opens at about a third of
 * the cost (Playwright's own headless mode uses such a shell too); otherwise `/usr/bin/chromium`.
 */
export function chromiumExecutable(): string {
  const candidates = process.env.CHROMIUM_PATH
    ? [process.env.CHROMIUM_PATH]
    : ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];
  const executablePath = candidates.find((candidate) => existsSync(candidate));
  if (!executablePath) {
    throw new Error(
      `Chromium not found at ${candidates.join(" or ")}: install Debian's chromium-headless-shell or chromium (apt-get install -y chromium-headless-shell chromium) or set CHROMIUM_PATH`,
    );
  }
  return executablePath;
}

/** Debian's Chromium (`chromiumExecutable`), headless. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), headless: true, args: CHROMIUM_ARGS });
}
