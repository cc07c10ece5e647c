import type { HistoryResponse, ScopeView } from "@learning-loop/contract";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_CHAT_SCOPE } from "../../api/src/auth/dev-fixtures";
import { seedDatabase } from "../../scripts/seed/seed-database";
import { devToken, request, scopePath } from "../support/api-client";
import { baseUrl } from "./support/base-url";
import { seriousViolations } from "./support/axe";
import { connectChromium } from "./support/shared-browser";
import { startPrivateApi } from "./support/private-api";
import type { PrivateApi } from "./support/private-api";

/**
 * The configuration page (`settings` frame) through the local Teams host page, whose Save button
 * drives `pages.config` the way Teams' dialog does. Seeded settings live in a database of this
 * file's own, so changing them cannot disturb other test files.
 */

const TEAM = "team:dev-team";
const WAIT = { timeout: 20_000, interval: 100 };

interface HostCall {
  func: string;
  args: unknown[];
}

let browser: Browser;
let server: PrivateApi;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startPrivateApi();
  await seedDatabase(server.env);
  for (const user of ["alice", "bob", "carol"]) tokens[user] = (await devToken(server.api.url, user)).token;
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const api = <T>(
  user: string,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => request<T>(server.api.url, method, path, { token: tokens[user], body, headers });
const scopeNow = async (scope = TEAM) => (await api<ScopeView>("alice", "GET", scopePath(scope))).body;

async function openSettings(
  user: string,
  params: Record<string, string> = {},
): Promise<{ page: Page; app: FrameLocator }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  await server.route(context);
  const page = await context.newPage();
  await page.goto(
    `${baseUrl()}/dev/host.html?${new URLSearchParams({ view: "settings", user, scope: TEAM, ...params })}`,
  );
  return { page, app: page.getByTitle("Learning Loop app").contentFrame() };
}

const hostSave = (page: Page) => page.getByRole("button", { name: "Save", exact: true });
const hostSaveStatus = (page: Page) => page.locator("#save-status");
const hostCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { hostCalls: HostCall[] }).hostCalls);

async function expectAxeClean(page: Page, what: string) {
  const frame = page.frames().find((candidate) => candidate.url().includes("/index.html"));
  if (!frame) throw new Error("no app frame");
  expect(await seriousViolations(frame), `axe: ${what}`).toEqual([]);
}

describe("configuration page", () => {
  it("loads the settings, saves changes with If-Match on the host's Save, and saves the tab", async () => {
    const before = await scopeNow();
    const { page, app } = await openSettings("alice");
    const name = app.getByRole("textbox", { name: "Name" });
    await expect.poll(() => name.inputValue(), WAIT).toBe(before.name);
    // Monday comes first in the UI; the stored rotation is Sunday first.
    const weekdays = await app.getByRole("group", { name: "Prompt rotation" }).getByRole("combobox").all();
    expect(weekdays).toHaveLength(7);
    await expect.poll(() => weekdays[0]!.inputValue(), WAIT).toBe(before.rotation[1]);
    await expect.poll(() => app.getByLabel("Monday").inputValue(), WAIT).toBe(before.rotation[1]);
    await expect.poll(() => app.getByLabel("Sunday").inputValue(), WAIT).toBe(before.rotation[0]);
    await expect.poll(() => hostSave(page).isEnabled(), WAIT).toBe(true);

    await app.getByLabel("Tuesday").selectOption("aar-actual");
    await app.getByRole("radio", { name: /^On reveal/ }).check();
    await hostSave(page).click();
    await expect.poll(() => hostSaveStatus(page).textContent(), WAIT).toContain("Saved.");

    const after = await scopeNow();
    expect(after.rotation[2]).toBe("aar-actual");
    expect(after.revealMode).toBe("onReveal");
    expect(after.name).toBe(before.name);
    expect(after.rotation.filter((_id, day) => day !== 2)).toEqual(
      before.rotation.filter((_id, day) => day !== 2),
    );
    expect(after.etag).not.toBe(before.etag);

    const calls = await hostCalls(page);
    const validity = calls
      .filter((call) => call.func === "settings.setValidityState")
      .map((call) => call.args[0]);
    // Invalid while loading, then valid.
    expect(validity[0]).toBe(false);
    expect(validity[validity.length - 1]).toBe(true);
    const saved = calls.find((call) => call.func === "settings.setSettings");
    expect(saved?.args[0]).toMatchObject({
      entityId: "learning-loop-history",
      contentUrl: `${baseUrl()}/index.html`,
      websiteUrl: `${baseUrl()}/index.html`,
      suggestedDisplayName: "Learning Loop",
    });
    expect(calls.some((call) => call.func === "settings.save.success")).toBe(true);

    // Saved and read back: a fresh page shows the new values.
    const again = await openSettings("alice");
    await expect.poll(() => again.app.getByLabel("Tuesday").inputValue(), WAIT).toBe("aar-actual");
    await expect
      .poll(() => again.app.getByRole("radio", { name: /^On reveal/ }).isChecked(), WAIT)
      .toBe(true);
    await again.page.context().close();
    await page.context().close();
  });

  it("lets the owner turn sharing with other teams off and hide the team's name, named by their switches", async () => {
    const before = await scopeNow();
    expect(before.lessons).toEqual({ publishing: true, hideTeam: false });
    const { page, app } = await openSettings("alice");
    const lessons = app.getByRole("group", { name: "Learning from other teams" });
    const publishing = lessons.getByRole("switch", {
      name: "Members may share answers and experiments with other teams",
    });
    const hideTeam = lessons.getByRole("switch", { name: "Hide this team's name on shared lessons" });
    await expect.poll(() => publishing.isChecked(), WAIT).toBe(true);
    await expect(hideTeam.isChecked()).resolves.toBe(false);
    await publishing.uncheck();
    await hideTeam.check();
    await hostSave(page).click();
    await expect.poll(() => hostSaveStatus(page).textContent(), WAIT).toContain("Saved.");
    expect((await scopeNow()).lessons).toEqual({ publishing: false, hideTeam: true });
    const restored = await api<ScopeView>(
      "alice",
      "PUT",
      scopePath(TEAM),
      {
        lessons: { publishing: true, hideTeam: false },
      },
      { "if-match": (await scopeNow()).etag },
    );
    expect(restored.status).toBe(200);
    await page.context().close();
  });

  it("keeps the validity honest: an invalid form cannot be saved", async () => {
    const { page, app } = await openSettings("alice");
    const name = app.getByRole("textbox", { name: "Name" });
    await expect.poll(() => hostSave(page).isEnabled(), WAIT).toBe(true);
    await name.fill("   ");
    await app.getByText("Give the team a name.").waitFor(WAIT);
    await expect.poll(() => hostSave(page).isEnabled(), WAIT).toBe(false);
    await name.fill("Dev team");
    const retention = app.getByRole("spinbutton", { name: /Keep history for/ });
    await retention.fill("3");
    await app.getByText(/Enter a whole number of days/).waitFor(WAIT);
    await expect.poll(() => hostSave(page).isEnabled(), WAIT).toBe(false);
    await retention.fill("");
    await expect.poll(() => hostSave(page).isEnabled(), WAIT).toBe(true);
    await page.context().close();
  });

  it("tells the owner when someone else saved in between, and saves nothing", async () => {
    const { page, app } = await openSettings("alice");
    const name = app.getByRole("textbox", { name: "Name" });
    await expect.poll(() => hostSave(page).isEnabled(), WAIT).toBe(true);
    const current = await scopeNow();
    const other = await api<ScopeView>(
      "alice",
      "PUT",
      scopePath(TEAM),
      { anonymousDefault: true },
      { "if-match": current.etag },
    );
    expect(other.status).toBe(200);

    await name.fill("Renamed too late");
    await hostSave(page).click();
    await expect
      .poll(() => hostSaveStatus(page).textContent(), WAIT)
      .toContain("Someone else changed these settings");
    await app.getByRole("button", { name: "Reload the settings" }).waitFor(WAIT);
    expect((await scopeNow()).name).toBe(current.name);
    await page.context().close();
  });

  it("shows members the settings read-only and still lets them add the tab", async () => {
    const before = await scopeNow();
    const { page, app } = await openSettings("bob");
    await app
      .getByText("Only the owners of this team can change these settings.", { exact: false })
      .waitFor(WAIT);
    expect(await app.getByRole("textbox", { name: "Name" }).count()).toBe(0);
    await app.getByRole("definition").filter({ hasText: before.name }).first().waitFor(WAIT);
    await expect.poll(() => hostSave(page).isEnabled(), WAIT).toBe(true);
    await hostSave(page).click();
    await expect.poll(() => hostSaveStatus(page).textContent(), WAIT).toContain("Saved.");
    const calls = await hostCalls(page);
    expect(calls.find((call) => call.func === "settings.setSettings")?.args[0]).toMatchObject({
      entityId: "learning-loop-history",
    });
    expect((await scopeNow()).etag).toBe(before.etag);
    // Members see no owner-only actions.
    expect(
      await app.getByRole("button", { name: "Delete all of this team's Learning Loop data" }).count(),
    ).toBe(0);
    expect(await app.getByRole("button", { name: "Create a new webhook secret" }).count()).toBe(0);
    await page.context().close();
  });

  it("offers the webhook secret to owners, whether or not this server has the route yet", async () => {
    const { page, app } = await openSettings("alice");
    await app.getByRole("button", { name: "Create a new webhook secret" }).click();
    await app.getByRole("button", { name: "Replace the secret" }).click();
    const shown = app.getByRole("textbox", { name: "Webhook secret" });
    const unsupported = app.getByText("does not offer webhook secrets yet", { exact: false });
    await expect.poll(async () => (await shown.count()) + (await unsupported.count()), WAIT).toBe(1);
    await page.context().close();
  });

  it("deletes a member's own data after confirmation", async () => {
    const { page, app } = await openSettings("bob", { scope: DEV_CHAT_SCOPE });
    const bob = (await devToken(server.api.url, "bob")).user.oid;
    const byBob = () =>
      api<HistoryResponse>("carol", "GET", `${scopePath(DEV_CHAT_SCOPE)}/history?limit=50&author=${bob}`);
    expect((await byBob()).body.items.length).toBeGreaterThan(0);

    await app.getByRole("button", { name: "Delete my data in this team" }).click();
    const dialog = app.getByRole("alertdialog", { name: "Delete your data in this team?" });
    await dialog.getByRole("button", { name: "Delete my data" }).click();
    await app.getByText(/^Done: \d+ answers? and \d+ reactions? deleted/).waitFor(WAIT);
    expect((await byBob()).body.items).toEqual([]);
    await page.context().close();
  });

  it("lets an owner delete all of the scope's data only after typing its name", async () => {
    const { page, app } = await openSettings("alice", { scope: DEV_CHAT_SCOPE });
    const settings = await scopeNow(DEV_CHAT_SCOPE);
    await app.getByRole("button", { name: "Delete all of this team's Learning Loop data" }).click();
    const dialog = app.getByRole("alertdialog", { name: "Delete all of this team's Learning Loop data?" });
    const confirm = dialog.getByRole("button", { name: "Delete everything" });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByRole("textbox").fill("not the name");
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByRole("textbox").fill(settings.name);
    await confirm.click();
    await app.getByText("All of this team's Learning Loop data was deleted.", { exact: false }).waitFor(WAIT);
    const history = await api<HistoryResponse>("alice", "GET", `${scopePath(DEV_CHAT_SCOPE)}/history`);
    expect(history.body.items).toEqual([]);
    expect((await scopeNow(DEV_CHAT_SCOPE)).etag).toBe('"0"');
    await page.context().close();
  });

  for (const theme of ["default", "dark", "contrast"]) {
    it(`has no serious or critical axe findings in the ${theme} theme, for owners and members`, async () => {
      // The owner's page and the member's, side by side.
      await Promise.all(
        ["alice", "bob"].map(async (user) => {
          const { page, app } = await openSettings(user, { theme });
          await app.getByRole("heading", { name: "Learning Loop settings" }).waitFor(WAIT);
          await app.getByRole("heading", { name: "Your data" }).waitFor(WAIT);
          await expectAxeClean(page, `config as ${user}, ${theme}`);
          await page.context().close();
        }),
      );
    });
  }
});
