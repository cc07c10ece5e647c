import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, FrameLocator, Locator, Page } from "playwright-core";
import { baseUrl } from "./support/base-url";
import { connectChromium } from "./support/shared-browser";
import { CHAT, TEAM, openAs, panelReady } from "./support/meeting";

/**
 * The local Teams host page against the probe app (tabs/dev/probe.html), which runs the real
 * teams-js and prints what it receives. Needs the tabs dev server with /api proxied to a dev-mode API.
 */

const TENANT = "11111111-1111-4111-8111-111111111111";
const CHAT_SCOPE = "chat:19:standup-meeting@thread.v2";
const PROBE = "/dev/probe.html";
const WAIT = { timeout: 15_000, interval: 100 };

interface HostCall {
  func: string;
  args: unknown[];
}

let browser: Browser;

beforeAll(async () => {
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the host page in a fresh browser context (its own user), framing the probe. */
async function openHost(params: Record<string, string>): Promise<{ page: Page; probe: FrameLocator }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/dev/host.html?${new URLSearchParams({ app: PROBE, ...params })}`);
  return { page, probe: page.getByTitle("Learning Loop app").contentFrame() };
}

const field = (probe: FrameLocator, label: string) => probe.getByLabel(label, { exact: true });
const textOf = (locator: Locator) => expect.poll(() => locator.textContent(), WAIT);
const hostCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { hostCalls: HostCall[] }).hostCalls);
const hostLog = (page: Page) => page.getByRole("log", { name: "Host messages" });

async function devUser(name: string): Promise<{ oid: string; tid: string; name: string }> {
  const response = await fetch(`${baseUrl()}/api/dev/token?user=${name}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { user: { oid: string; tid: string; name: string } }).user;
}

describe("local Teams host page", () => {
  it("gives two users in the stand-up chat's side panel the same meeting, and each their own token", async () => {
    const bob = await devUser("bob");
    const carol = await devUser("carol");
    const asBob = await openHost({ user: "bob", scope: CHAT_SCOPE, view: "sidePanel" });
    const { probe } = asBob;

    await textOf(field(probe, "Frame context")).toBe("sidePanel");
    await textOf(field(probe, "User oid")).toBe(bob.oid);
    await textOf(field(probe, "Tenant")).toBe(TENANT);
    await textOf(field(probe, "Chat id")).toBe("19:standup-meeting@thread.v2");
    await textOf(field(probe, "Team groupId")).toBe("(none)");
    await textOf(field(probe, "Token name")).toBe(bob.name);
    await textOf(field(probe, "Meeting id")).toMatch(/^dev-meeting-/);
    const meetingId = await field(probe, "Meeting id").textContent();

    const asCarol = await openHost({ user: "carol", scope: CHAT_SCOPE, view: "sidePanel" });
    await textOf(field(asCarol.probe, "User oid")).toBe(carol.oid);
    await textOf(field(asCarol.probe, "Token name")).toBe(carol.name);
    await textOf(field(asCarol.probe, "Meeting id")).toBe(meetingId);

    // The host logs what the app asked for, never the token itself.
    const calls = await hostCalls(asBob.page);
    expect(calls.map((call) => call.func)).toEqual(
      expect.arrayContaining([
        "initialize",
        "getContext",
        "authentication.getAuthToken",
        "appInitialization.success",
      ]),
    );
    const logText = await hostLog(asBob.page).textContent();
    expect(logText).toContain("authentication.getAuthToken");
    expect(`${logText} ${JSON.stringify(calls)}`).not.toMatch(/eyJ/);
    await asBob.page.context().close();
    await asCarol.page.context().close();
  });

  it("switches the theme live, without reloading the app", async () => {
    const { page, probe } = await openHost({ user: "alice" });
    await textOf(field(probe, "Theme")).toBe("default");
    await page.evaluate(() => Object.assign(window, { beforeThemeChange: true }));

    await page.getByLabel("Theme").selectOption("dark");

    await textOf(field(probe, "Theme")).toBe("dark");
    expect(new URL(page.url()).searchParams.get("theme")).toBe("dark");
    expect(await page.evaluate(() => "beforeThemeChange" in window)).toBe(true);
    expect((await hostCalls(page)).filter((call) => call.func === "initialize")).toHaveLength(1);
    await page.context().close();
  });

  it("records a share to stage and links to the stage view of the same meeting", async () => {
    const { page, probe } = await openHost({ user: "bob", scope: CHAT_SCOPE, theme: "contrast" });
    await textOf(field(probe, "Stage sharing permission")).toBe("yes");
    const meetingId = await field(probe, "Meeting id").textContent();

    await probe.getByRole("button", { name: "Share to stage" }).click();

    await textOf(field(probe, "Share result")).toBe("shared");
    const sharedUrl = new URL(PROBE, baseUrl()).href;
    await textOf(hostLog(page)).toContain(`meeting.shareAppContentToStage ${sharedUrl}`);
    expect(await hostCalls(page)).toContainEqual({
      func: "meeting.shareAppContentToStage",
      args: [sharedUrl, { sharingProtocol: "Collaborative" }],
    });

    const stageLink = page.getByRole("link", { name: "Open stage view" });
    const href = new URL((await stageLink.getAttribute("href")) ?? "", page.url());
    expect(Object.fromEntries(href.searchParams)).toMatchObject({
      view: "meetingStage",
      user: "bob",
      scope: CHAT_SCOPE,
      theme: "contrast",
      app: PROBE,
    });

    await stageLink.click();
    await textOf(field(probe, "Frame context")).toBe("meetingStage");
    await textOf(field(probe, "Meeting id")).toBe(meetingId);
    await textOf(field(probe, "Theme")).toBe("contrast");
    await page.context().close();
  });

  it("tells the app it may not share to the stage when the host cannot (stageSharing=0)", async () => {
    const { page, probe } = await openHost({ user: "bob", scope: CHAT_SCOPE, stageSharing: "0" });
    await textOf(field(probe, "Stage sharing permission")).toBe("no");

    await probe.getByRole("button", { name: "Share to stage" }).click();

    await textOf(field(probe, "Share result")).toMatch(/^error: 1000 /);
    expect(await page.getByRole("link", { name: "Open stage view" }).count()).toBe(0);
    await page.context().close();
  });

  it("enables Save once the settings page is valid, and completes the save", async () => {
    const { page, probe } = await openHost({ user: "alice", scope: "team:dev-team", view: "settings" });
    await textOf(field(probe, "Frame context")).toBe("settings");
    await textOf(field(probe, "Team groupId")).toBe("dev-team");
    const save = page.getByRole("button", { name: "Save" });
    expect(await save.isDisabled()).toBe(true);

    await probe.getByRole("checkbox", { name: "Settings valid" }).check();
    await expect.poll(() => save.isEnabled(), WAIT).toBe(true);
    await save.click();

    await textOf(field(probe, "Save")).toBe("saved");
    await textOf(page.getByRole("region", { name: "Tab settings" }).getByRole("status")).toContain("Saved.");
    const calls = await hostCalls(page);
    expect(calls).toContainEqual({ func: "settings.setValidityState", args: [true] });
    expect(calls.find((call) => call.func === "settings.setSettings")?.args[0]).toMatchObject({
      entityId: "probe",
    });
    await page.context().close();
  });

  it("refuses to frame anything but a same-origin path", async () => {
    const { page } = await openHost({ app: "//example.com/evil.html" });
    await textOf(page.getByRole("alert")).toContain('Refusing app="//example.com/evil.html"');
    expect(await page.getByTitle("Learning Loop app").getAttribute("src")).toBeNull();
    await page.context().close();
  });

  it("the app names the meeting on its requests to a team scope in a meeting, and only there", async () => {
    const seen = async (scope: string, view: "sidePanel" | "content") => {
      const participant = await openAs(browser, "bob", { scope, view });
      const headers: Record<string, string>[] = [];
      participant.page.on("request", (request) => {
        if (request.url().includes(`/api/scopes/${encodeURIComponent(scope)}`))
          headers.push(request.headers());
      });
      if (view === "sidePanel") await panelReady(participant);
      await expect.poll(() => headers.length, WAIT).toBeGreaterThan(0);
      await participant.close();
      return headers.map((header) => header["x-meeting-id"] ?? null);
    };
    // The host page gives meeting views a meeting id (`dev-meeting-…`); a channel tab is no meeting.
    const panel = await seen(TEAM, "sidePanel");
    expect(new Set(panel)).toEqual(new Set([`dev-meeting-${TEAM.replace(/[^A-Za-z0-9]/g, "-")}`]));
    expect(new Set(await seen(CHAT, "sidePanel"))).toEqual(new Set([null]));
    expect(new Set(await seen(TEAM, "content"))).toEqual(new Set([null]));
  });
});
