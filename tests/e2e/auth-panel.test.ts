import type { Browser, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devUrl } from "./support/base-url";
import { connectChromium } from "./support/shared-browser";

/**
 * Identity in the browser, through the local Teams host page: a person who is not a member of the
 * team sees the "no access" state, and a person whose consent is missing signs in through
 * `authentication.authenticate` (auth-start → auth-end in a popup) and then gets the panel.
 */

interface HostCall {
  func: string;
  args: unknown[];
  window?: string;
}

const WAIT = { timeout: 30_000 };
let browser: Browser;

beforeAll(async () => {
  browser = await connectChromium();
});
afterAll(() => browser?.close());

async function openHost(params: Record<string, string>): Promise<{ page: Page; app: FrameLocator }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${devUrl()}/dev/host.html?${new URLSearchParams(params)}`);
  return { page, app: page.getByTitle("Learning Loop app").contentFrame() };
}

const hostCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { hostCalls: HostCall[] }).hostCalls);

describe("identity in the side panel", () => {
  it("tells mallory, who is not in the team, that she has no access — and shows none of its content", async () => {
    const { page, app } = await openHost({ user: "mallory", scope: "team:dev-team", view: "sidePanel" });
    const noAccess = app.getByRole("alert", { name: "You don't have access to this team or chat" });
    await noAccess.waitFor(WAIT);
    await expect(noAccess.textContent()).resolves.toContain("Ask a team owner or the meeting organizer");
    await expect(app.getByRole("button", { name: "Start learning moment" }).count()).resolves.toBe(0);
    await expect(app.getByRole("textbox", { name: "Your answer" }).count()).resolves.toBe(0);
    await page.context().close();
  });

  it("asks for sign-in when Teams needs consent, runs the consent flow in a popup, then loads", async () => {
    const { page, app } = await openHost({
      user: "alice",
      scope: "team:dev-team",
      view: "sidePanel",
      authFail: "consent",
    });
    const signIn = app.getByRole("button", { name: "Sign in" });
    await signIn.waitFor(WAIT);
    await expect(app.getByRole("alert", { name: "Sign in to continue" }).textContent()).resolves.toContain(
      "needs your permission",
    );

    const popup = page.context().waitForEvent("page");
    await signIn.click();
    const window = await popup;
    // auth-start → (Entra, stood in for locally) → auth-end, which reports to Teams and closes.
    await window.waitForEvent("close", WAIT);

    await app.getByRole("button", { name: "Start learning moment" }).waitFor(WAIT);
    await expect(app.getByRole("button", { name: "Sign in" }).count()).resolves.toBe(0);

    const calls = await hostCalls(page);
    const names = calls.map((call) => `${call.window ?? "app"}:${call.func}`);
    expect(names).toContain("app:authentication.authenticate");
    expect(names).toContain("authentication:initialize");
    expect(names).toContain("authentication:authentication.authenticate.success");
    const authenticate = calls.find((call) => call.func === "authentication.authenticate")!;
    expect(String(authenticate.args[0])).toMatch(/\/auth-start\.html$/);
    // The host log shows the flow and never a token.
    const log = await page.getByRole("log", { name: "Host messages" }).textContent();
    expect(log).toContain("authentication.authenticate → success");
    expect(`${log} ${JSON.stringify(calls)}`).not.toMatch(/eyJ[\w-]+\./);
    await page.context().close();
  });
});
