import { PULSE_STATEMENTS, PULSE_STATEMENT_TEXT } from "@learning-loop/contract";
import type {
  CurrentPulseResponse,
  PulseResultsResponse,
  PulseScores,
  ScopeView,
} from "@learning-loop/contract";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_USERS } from "../../api/src/auth/dev-fixtures";
import { devToken, request, scopePath } from "../support/api-client";
import { seriousViolations } from "./support/axe";
import { baseUrl } from "./support/base-url";
import { appFrame } from "./support/meeting";
import { connectChromium } from "./support/shared-browser";
import { startPrivateApi } from "./support/private-api";
import type { PrivateApi } from "./support/private-api";

/**
 * The team pulse through the local Teams host page, on an API and database of this file's own (a
 * pulse can start once a month per scope, so it must not meet other files' stand-ups): alice
 * starts it in the side panel, bob answers it there, five people's answers (seeded over HTTP as
 * the dev users) give the team's aggregate in the channel tab's Insights.
 */

const TEAM = "team:dev-team";
const WAIT = { timeout: 20_000 };
const ANSWERERS = ["bob", "carol", "dave", "frank", "alice"] as const;

let browser: Browser;
let server: PrivateApi;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startPrivateApi();
  for (const user of ANSWERERS) tokens[user] = (await devToken(server.api.url, user)).token;
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const api = <T>(user: string, method: string, path: string, body?: unknown) =>
  request<T>(server.api.url, method, path, { token: tokens[user], body });

async function open(
  user: string,
  view: "sidePanel" | "content" | "settings",
): Promise<{ page: Page; app: FrameLocator }> {
  const context = await browser.newContext({
    viewport: { width: view === "sidePanel" ? 320 : 1000, height: 900 },
  });
  await server.route(context);
  const page = await context.newPage();
  const query = new URLSearchParams({ view, user, scope: TEAM });
  await page.goto(`${baseUrl()}/dev/host.html?${query}`);
  return { page, app: page.getByTitle("Learning Loop app").contentFrame() };
}

const pulseRegion = (app: FrameLocator) => app.getByRole("region", { name: "Team pulse" });

describe("team pulse", () => {
  it("is started by an owner and answered anonymously by a member in the side panel", async () => {
    const alice = await open("alice", "sidePanel");
    await alice.app.getByRole("button", { name: "Start learning moment" }).waitFor(WAIT);
    await pulseRegion(alice.app).getByRole("button", { name: "Start a team pulse" }).click();
    // Alice sees the questions herself once it is open.
    await pulseRegion(alice.app)
      .getByRole("radiogroup", { name: PULSE_STATEMENT_TEXT.mistakes })
      .waitFor(WAIT);
    await alice.page.context().close();

    const bob = await open("bob", "sidePanel");
    const region = pulseRegion(bob.app);
    await region.waitFor(WAIT);
    await region
      .getByText("Anonymous. Only the team's average is shown, once at least 5 people answered.")
      .waitFor(WAIT);
    // The round is not held up: the learning moment's own controls are there beside the pulse.
    await bob.app.getByRole("button", { name: "Start learning moment" }).waitFor(WAIT);
    const send = region.getByRole("button", { name: "Send pulse" });
    expect(await send.isDisabled()).toBe(true);

    const picks: PulseScores = { mistakes: 4, problems: 5, risk: 3, help: 4, valued: 2 };
    const labels = [
      "",
      "1 – Strongly disagree",
      "2 – Disagree",
      "3 – Neither agree nor disagree",
      "4 – Agree",
      "5 – Strongly agree",
    ];
    for (const id of PULSE_STATEMENTS) {
      const group = region.getByRole("radiogroup", { name: PULSE_STATEMENT_TEXT[id] });
      expect(await group.getByRole("radio").count()).toBe(5);
      await group.getByRole("radio", { name: labels[picks[id]] }).check();
    }
    expect(await seriousViolations(appFrame(bob.page))).toEqual([]);
    await send.click();
    await region.getByText("Thanks — your answers are anonymous.").waitFor(WAIT);
    await region.getByRole("button", { name: "Change my answers" }).waitFor(WAIT);

    const mine = await api<CurrentPulseResponse>("bob", "GET", `${scopePath(TEAM)}/pulse`);
    expect(mine.body.pulse).toMatchObject({
      status: "open",
      responded: true,
      myScores: picks,
      responseCount: null,
    });

    // Changing them while the pulse is open shows the earlier picks.
    await region.getByRole("button", { name: "Change my answers" }).click();
    const risk = region.getByRole("radiogroup", { name: PULSE_STATEMENT_TEXT.risk });
    expect(await risk.getByRole("radio", { name: labels[3] }).isChecked()).toBe(true);
    await risk.getByRole("radio", { name: labels[5] }).check();
    await region.getByRole("button", { name: "Send pulse" }).click();
    await region.getByText("Thanks — your answers are anonymous.").waitFor(WAIT);
    const changed = await api<CurrentPulseResponse>("bob", "GET", `${scopePath(TEAM)}/pulse`);
    expect(changed.body.pulse?.myScores).toEqual({ ...picks, risk: 5 });
    await bob.page.context().close();
  });

  it("shows the owner the team's trend and a results table once five answered and it closed", async () => {
    const current = await api<CurrentPulseResponse>("alice", "GET", `${scopePath(TEAM)}/pulse`);
    const pulseId = current.body.pulse!.id;
    const given: Record<string, PulseScores> = {
      carol: { mistakes: 4, problems: 4, risk: 2, help: 5, valued: 3 },
      dave: { mistakes: 4, problems: 3, risk: 3, help: 4, valued: 3 },
      frank: { mistakes: 3, problems: 5, risk: 1, help: 5, valued: 4 },
      alice: { mistakes: 5, problems: 4, risk: 2, help: 4, valued: 2 },
    };
    for (const [user, scores] of Object.entries(given)) {
      const sent = await api(user, "PUT", `${scopePath(TEAM)}/pulses/${pulseId}/response`, { scores });
      expect(sent.status).toBe(200);
    }
    expect((await api("alice", "POST", `${scopePath(TEAM)}/pulses/${pulseId}/close`)).status).toBe(200);
    const results = (await api<PulseResultsResponse>("alice", "GET", `${scopePath(TEAM)}/pulses/results`))
      .body;
    const result = results.pulses[0]!;
    expect(result.responseCount).toBe(5);

    const { page, app } = await open("alice", "content");
    await app.getByRole("tab", { name: "Insights" }).click();
    const section = app.getByRole("region", { name: "Team pulse" });
    await section.waitFor(WAIT);
    const chart = section.getByRole("img");
    await chart.waitFor(WAIT);
    const summary = await chart.getAttribute("aria-label");
    expect(summary).toContain("Team pulse");
    expect(summary).toContain(result.overall!.toFixed(1));

    const table = section.getByRole("table", { name: "Team pulse results" });
    await table.waitFor(WAIT);
    const row = table.getByRole("row").nth(1);
    const cells = await row.getByRole("cell").allTextContents();
    expect(cells).toEqual([
      "5",
      ...PULSE_STATEMENTS.map((id) => result.means![id].toFixed(1)),
      result.overall!.toFixed(1),
    ]);
    // Nothing per person: no one's name appears in the section.
    const text = (await section.textContent()) ?? "";
    for (const user of DEV_USERS) expect(text).not.toContain(user.displayName);
    expect(await seriousViolations(appFrame(page))).toEqual([]);
    await page.context().close();
  });

  it("is scheduled monthly by an owner in the configuration page, saved like the other settings", async () => {
    const { page, app } = await open("alice", "settings");
    const setting = app.getByRole("combobox", { name: "Team pulse" });
    await expect.poll(() => setting.inputValue(), WAIT).toBe("off");
    await setting.selectOption("monthly");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(() => page.locator("#save-status").textContent(), WAIT).toContain("Saved.");
    const scope = await api<ScopeView>("bob", "GET", scopePath(TEAM));
    expect(scope.body.pulse).toBe("monthly");
    await page.context().close();
  });
});
