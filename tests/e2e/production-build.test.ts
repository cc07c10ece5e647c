import type { Browser, Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, devUrl } from "./support/base-url";
import { connectChromium } from "./support/shared-browser";
import { appFrame, closeOpenRounds, hostUrl, seriousViolations } from "./support/meeting";

/**
 * Vite's dev server resolves Griffel styles at run time; production builds compile them at build
 * time (tabs/vite.config.ts). The e2e stack serves both, framed by the same local Teams host page
 * (tests/e2e/global-setup.ts): this checks that the side panel of the build works and looks exactly
 * as it does in development, and passes axe in every theme.
 */

const THEMES = ["default", "dark", "contrast"] as const;

let browser: Browser;

beforeAll(async () => {
  browser = await connectChromium();
  await closeOpenRounds();
}, 120_000);

afterAll(async () => {
  await browser?.close();
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
      const [production, development] = await Promise.all([
        firstScreen(baseUrl(), theme),
        firstScreen(devUrl(), theme),
      ]);
      expect(production.errors).toEqual([]);
      expect(production.styles).toEqual(development.styles);
      // Styled, not browser defaults: the primary button has a background of its own.
      expect(production.styles.start.backgroundColor).not.toBe("rgba(0, 0, 0, 0)");
      expect(production.violations).toEqual([]);
    }, 60_000);
  }
});
