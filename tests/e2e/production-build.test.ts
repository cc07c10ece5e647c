import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPage, bundleDevHost, readDevHostHtml } from "../../bench/support/builds";
import { startStaticServer } from "../../bench/support/static-server";
import type { StaticServer } from "../../bench/support/static-server";
import { baseUrl } from "./support/base-url";
import { launchChromium } from "./support/browser";
import { appFrame, closeOpenRounds, hostUrl, seriousViolations } from "./support/meeting";

/**
 * The other browser tests run the tabs on Vite's dev server, where Griffel resolves styles at run
 * time; production builds compile them at build time (tabs/vite.config.ts). This builds the tabs as
 * a deployment would, serves the build framed by the same local Teams host page, and checks that
 * the side panel works and looks exactly as it does in development, and passes axe in every theme.
 */

const THEMES = ["default", "dark", "contrast"] as const;

let browser: Browser;
let server: StaticServer;
let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), "learning-loop-prod-"));
  const built = await buildPage("tabs", undefined, outDir);
  server = await startStaticServer({
    root: built.outDir,
    extra: {
      "/dev/host.html": { type: "text/html; charset=utf-8", body: await readDevHostHtml() },
      "/dev/host.ts": { type: "text/javascript; charset=utf-8", body: await bundleDevHost() },
    },
    // The dev server proxies /api to the test stack's API.
    apiOrigin: baseUrl(),
  });
  browser = await launchChromium();
  await closeOpenRounds();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(outDir, { recursive: true, force: true });
});

/** Computed styles of the first screen's controls, found by role and name. */
async function firstScreen(origin: string, theme: (typeof THEMES)[number]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(hostUrl("alice", { theme }).replace(baseUrl(), origin));
  const frame: Frame = appFrame(page);
  const start = frame.getByRole("button", { name: "Start learning moment" });
  await start.waitFor({ timeout: 20_000 });
  const look = async (locator: ReturnType<Frame["getByRole"]>) =>
    locator.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        color: style.color,
        backgroundColor: style.backgroundColor,
        fontFamily: style.fontFamily,
        fontSize: style.fontSize,
        fontWeight: style.fontWeight,
        borderTopColor: style.borderTopColor,
        borderRadius: style.borderRadius,
        paddingLeft: style.paddingLeft,
        display: style.display,
      };
    });
  const styles = {
    start: await look(start),
    heading: await look(frame.getByRole("heading", { level: 1 })),
    reveal: await look(frame.getByRole("combobox", { name: "Show answers" })),
    change: await look(frame.getByRole("button", { name: "Change prompt" })),
  };
  await start.focus();
  const violations = await seriousViolations(frame);
  await context.close();
  return { styles, violations, errors };
}

describe("the production build of the tabs", () => {
  for (const theme of THEMES) {
    it(`shows the side panel as development does, in the ${theme} theme, with no axe findings`, async () => {
      const production = await firstScreen(server.origin, theme);
      const development = await firstScreen(baseUrl(), theme);
      expect(production.errors).toEqual([]);
      expect(production.styles).toEqual(development.styles);
      // Styled, not browser defaults: the primary button has a background of its own.
      expect(production.styles.start.backgroundColor).not.toBe("rgba(0, 0, 0, 0)");
      expect(production.violations).toEqual([]);
    }, 60_000);
  }
});
