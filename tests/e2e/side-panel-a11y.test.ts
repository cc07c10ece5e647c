import type { ExperimentView, RoundView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import type { Browser, Frame, Request } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { meetingIdFor } from "../../tabs/dev/host-context";
import { connectChromium } from "./support/shared-browser";
import {
  CHAT,
  TEAM,
  WAIT,
  api,
  closeOpenRounds,
  openAs,
  panelReady,
  scopePath,
  seriousViolations,
} from "./support/meeting";
import type { Participant } from "./support/meeting";

/**
 * The side panel for everyone: axe-core in light, dark and high contrast, keyboard order, no
 * horizontal scrolling at side-panel widths, live theme changes, a second language, and the Teams
 * lifecycle (ready before any data, app caching).
 */

let browser: Browser;
const open: Participant[] = [];
const THEMES = ["default", "dark", "contrast"] as const;
const LONG_WORD = "Supercalifragilisticexpialidocious-continuous-integration-pipeline-improvements";

beforeAll(async () => {
  browser = await connectChromium();
  await closeOpenRounds();
  await closeOpenRounds(CHAT);
  const started = await api<RoundView>("alice", "POST", `${scopePath(TEAM)}/rounds`, {
    promptText: "Which assumption of ours turned out to be wrong this week?",
    meetingId: meetingIdFor(TEAM),
  });
  const roundId = started.body.id;
  const answer = (user: string, text: string, extra: object = {}) =>
    api(user, "POST", `${scopePath(TEAM)}/rounds/${roundId}/answers`, { id: randomUUID(), text, ...extra });
  await answer("bob", `We thought caching was the bottleneck; it was the query plan. ${LONG_WORD}`, {
    mode: "reflexive",
  });
  await answer("carol", "I should have asked for help earlier.", { anonymous: true });
  await answer("alice", "Talking to support first saved us a week.", { mode: "vicarious" });
  await api<ExperimentView>("alice", "POST", `${scopePath(TEAM)}/experiments`, {
    id: randomUUID(),
    text: "Review the query plan before adding a cache",
    checkBackAt: "2020-02-03",
  });
});
afterAll(async () => {
  await closeOpenRounds();
  await browser?.close();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((participant) => participant.close()));
});

async function join(user: string, options: Parameters<typeof openAs>[2] = {}): Promise<Participant> {
  const participant = await openAs(browser, user, options);
  open.push(participant);
  await panelReady(participant);
  return participant;
}

const backgroundOf = (frame: Frame) =>
  frame.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor);

function report(violations: Awaited<ReturnType<typeof seriousViolations>>) {
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.join(", ")}`,
  );
}

describe("side panel: accessibility, layout, themes, language and lifecycle", () => {
  for (const theme of THEMES) {
    it(`has no serious or critical axe violation in the ${theme} theme`, async () => {
      // Carol's panel (another scope with no open round) opens alongside.
      const [alice, carol] = await Promise.all([
        join("alice", { theme }),
        join("carol", { theme, scope: CHAT }),
      ]);
      await alice.app.getByRole("list", { name: "Answers" }).waitFor(WAIT);
      await alice.app.getByRole("region", { name: "Check-backs due" }).waitFor(WAIT);
      expect(report(await seriousViolations(alice.frame()))).toEqual([]);

      // With the experiment dialog open, too.
      await alice.app.getByRole("button", { name: "We'll try this" }).first().click();
      await alice.app.getByRole("dialog", { name: "We'll try this" }).waitFor(WAIT);
      expect(report(await seriousViolations(alice.frame()))).toEqual([]);
      await alice.page.keyboard.press("Escape");

      // Before a round (another scope with no open round), with the prompt picker open.
      await carol.app.getByRole("button", { name: "Start learning moment" }).waitFor(WAIT);
      expect(report(await seriousViolations(carol.frame()))).toEqual([]);
      await carol.app.getByRole("button", { name: "Change prompt" }).click();
      await carol.app.getByRole("dialog", { name: "Choose a prompt" }).waitFor(WAIT);
      expect(report(await seriousViolations(carol.frame()))).toEqual([]);
    });
  }

  it("needs no horizontal scrolling at 300 and 280 px", async () => {
    const [alice, carol] = await Promise.all([join("alice"), join("carol", { scope: CHAT })]);
    await alice.app.getByRole("list", { name: "Answers" }).waitFor(WAIT);
    for (const participant of [alice, carol]) {
      for (const width of [300, 280]) {
        await participant.page.evaluate((px) => {
          const frame = document.querySelector<HTMLIFrameElement>('iframe[title="Learning Loop app"]')!;
          frame.parentElement!.style.flex = `0 0 ${px}px`;
          frame.style.width = `${px}px`;
        }, width);
        await expect.poll(() => participant.frame().evaluate(() => window.innerWidth), WAIT).toBe(width);
        const overflow = await participant.frame().evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(overflow.scroll, `${participant.user} at ${width}px`).toBeLessThanOrEqual(overflow.client);
      }
    }
  });

  it("follows the host's theme live: light, dark, high contrast", async () => {
    const bob = await join("bob");
    await expect.poll(() => backgroundOf(bob.frame()), WAIT).toBe("rgb(255, 255, 255)");
    const themeSelect = bob.page.getByLabel("Theme");
    await themeSelect.selectOption({ label: "Dark" });
    await expect.poll(() => backgroundOf(bob.frame()), WAIT).toBe("rgb(41, 41, 41)");
    await themeSelect.selectOption({ label: "High contrast" });
    await expect.poll(() => backgroundOf(bob.frame()), WAIT).toBe("rgb(0, 0, 0)");
    await themeSelect.selectOption({ label: "Light" });
    await expect.poll(() => backgroundOf(bob.frame()), WAIT).toBe("rgb(255, 255, 255)");
    await expect(bob.page.getByRole("log", { name: "Host messages" }).textContent()).resolves.toContain(
      "themeChange dark",
    );
  });

  it("is operable by keyboard in reading order: round actions, composer, then answers", async () => {
    const alice = await join("alice");
    await alice.app.getByRole("list", { name: "Answers" }).waitFor(WAIT);
    await alice.app.getByRole("button", { name: "Close learning moment" }).focus();
    const names: string[] = [];
    for (let step = 0; step < 16; step++) {
      names.push(
        await alice.frame().evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const label = element.getAttribute("aria-label");
          if (label) return label;
          if (element.id) {
            const byFor = document.querySelector(`label[for="${element.id}"]`);
            if (byFor) return byFor.textContent ?? "";
          }
          return (element.closest("label")?.textContent ?? element.textContent ?? "").trim();
        }),
      );
      await alice.page.keyboard.press("Tab");
    }
    const at = (name: string) => names.findIndex((candidate) => candidate.startsWith(name));
    expect(at("Close learning moment")).toBe(0);
    expect(at("Share to stage")).toBeGreaterThan(at("Close learning moment"));
    expect(at("Your answer")).toBeGreaterThan(at("Share to stage"));
    expect(at("Experimental")).toBeGreaterThan(at("Your answer"));
    expect(at("Answer anonymously")).toBeGreaterThan(at("Reflexive"));
    expect(at("Me too")).toBeGreaterThan(at("Answer anonymously"));

    // A mode chip toggles with the keyboard.
    const chip = alice.app.getByRole("button", { name: "Contextual" });
    await chip.focus();
    await alice.page.keyboard.press("Space");
    await expect(chip.getAttribute("aria-pressed")).resolves.toBe("true");
  });

  it("speaks German when Teams does, with numbers and dates through Intl", async () => {
    const bob = await join("bob", { locale: "de-DE" });
    await bob.app.getByRole("list", { name: "Antworten" }).waitFor(WAIT);
    await bob.app.getByRole("textbox", { name: "Ihre Antwort" }).fill("Kleine Schritte");
    await bob.app.getByText("15 von 1.000 Zeichen", { exact: false }).waitFor(WAIT);
    await bob.app.getByText("3 Antworten").first().waitFor(WAIT);
    await expect(bob.frame().evaluate(() => document.documentElement.lang)).resolves.toBe("de");
    await bob.app
      .getByRole("region", { name: "Fällige Rückblicke" })
      .getByText("Nachfassen am 03.02.2020", { exact: false })
      .first()
      .waitFor(WAIT);
  });

  it("tells Teams it is ready before any API call returns, and pauses polling while cached away", async () => {
    const context = await browser.newContext();
    // The panel's timers run on a clock the test can move forward; until it does, time passes as usual.
    await context.clock.install();
    // The API's scope routes never answer: the panel must still report success to Teams.
    let stall = true;
    await context.route(
      (url) => url.pathname.startsWith("/api/scopes/"),
      async (route) => {
        if (stall) return; // left pending
        await route.continue();
      },
    );
    const bob = await openAs(browser, "bob", { context });
    open.push(bob);
    const calls = () =>
      bob.page.evaluate(() =>
        (window as unknown as { hostCalls: { func: string }[] }).hostCalls.map((call) => call.func),
      );
    await expect.poll(calls, WAIT).toContain("appInitialization.success");
    await bob.app.getByRole("status").filter({ hasText: "Loading" }).first().waitFor(WAIT);
    stall = false;
    await context.unroute((url) => url.pathname.startsWith("/api/scopes/"));
    await bob.page.reload();
    await panelReady(bob);

    // App caching: Teams hides the cached panel (beforeUnload), later shows it again (load).
    const requests: string[] = [];
    const inFlight = new Set<Request>();
    const isScopeCall = (request: Request) => new URL(request.url()).pathname.startsWith("/api/scopes/");
    bob.page.on("request", (request) => {
      if (!isScopeCall(request)) return;
      requests.push(request.url());
      inFlight.add(request);
    });
    bob.page.on("requestfinished", (request) => inFlight.delete(request));
    bob.page.on("requestfailed", (request) => inFlight.delete(request));
    await bob.page.evaluate(() => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe[title="Learning Loop app"]')!;
      frame.contentWindow!.postMessage({ func: "beforeUnload", args: [] }, location.origin);
    });
    await expect.poll(calls, WAIT).toContain("readyToUnload");
    // A poll already under way may finish; after it, nothing more may be asked for, however long
    // the panel stays cached: its clock moves a minute on, past every poll schedule (30 s at most).
    await expect.poll(() => inFlight.size, WAIT).toBe(0);
    requests.length = 0;
    await bob.page.clock.runFor(60_000);
    // Requests are reported in the order they are made: once a later one is seen, so is any poll.
    const marker = bob.page.waitForRequest((request) => request.url().includes("/api/health?marker"));
    await bob.frame().evaluate(() => fetch("/api/health?marker").then(() => undefined));
    await marker;
    expect(requests).toEqual([]);

    const successes = (await calls()).filter((func) => func === "appInitialization.success").length;
    await bob.page.evaluate(() => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe[title="Learning Loop app"]')!;
      frame.contentWindow!.postMessage(
        { func: "load", args: [{ entityId: "learning-loop", contentUrl: `${location.origin}/index.html` }] },
        location.origin,
      );
    });
    await expect
      .poll(async () => (await calls()).filter((func) => func === "appInitialization.success").length, WAIT)
      .toBe(successes + 1);
    await expect.poll(() => requests.length, WAIT).toBeGreaterThan(0);
  });
});
