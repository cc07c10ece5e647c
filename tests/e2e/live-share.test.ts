import type { Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIVE_SAFETY_MS } from "../../tabs/src/side-panel/poll-schedule";
import { startFluid } from "../support/stack";
import type { FluidService } from "../../scripts/fluid-service";
import { TEAM, WAIT, api, currentRound, panelReady, scopePath, useMeeting } from "./support/meeting";
import type { Participant } from "./support/meeting";

/**
 * Live Share in the meeting: three side panels on one round through the local Teams host page,
 * which offers the app teams-js `LiveShareHost` backed by a Fluid local service of this file's
 * own (so stopping it touches no other test). Answers arrive by signal, a quiet round costs a
 * safety-net poll every 15 s, and the panels fall back to polling every second while the service
 * is away, and come back when it returns.
 */

const meeting = useMeeting();
let fluid: FluidService;

beforeAll(async () => {
  fluid = await startFluid();
});
afterAll(async () => {
  await fluid.stop();
});

const LIVE = "Live: new answers appear as they arrive.";
const LOST = "Live updates are interrupted. Checking for new answers every second.";

async function join(user: string, locale?: string): Promise<Participant> {
  const participant = await meeting.open(user, { liveShare: fluid.port, ...(locale ? { locale } : {}) });
  if (process.env.DEBUG_LIVE) {
    participant.page.on("console", (message) => console.log(`[${user}] ${message.type()} ${message.text()}`));
  }
  await panelReady(participant);
  return participant;
}

const banner = (participant: Participant, text: string) =>
  participant.app.getByRole("status").filter({ hasText: text });

/** An answer in the panel's feed (found by its text: carol reads the panel in German). */
const answerItem = (participant: Participant, text: string) =>
  participant.app.getByRole("listitem").filter({ hasText: text });

/** Milliseconds until `text` shows in each of `viewers`, measured from now. */
async function arrival(viewers: Participant[], text: string, timeout: number): Promise<number[]> {
  const start = Date.now();
  return Promise.all(
    viewers.map(async (viewer) => {
      await answerItem(viewer, text).waitFor({ timeout });
      return Date.now() - start;
    }),
  );
}

async function startRound(facilitator: Participant) {
  await facilitator.app
    .getByRole("combobox", { name: "Show answers" })
    .selectOption({ label: "As they arrive" });
  await facilitator.app.getByRole("button", { name: "Start learning moment" }).click();
}

async function shareAnswer(participant: Participant, text: string) {
  await participant.app.getByRole("textbox", { name: "Your answer" }).fill(text);
  await participant.app.getByRole("button", { name: "Share answer" }).click();
}

/** Records the requests to the API of each named page from now on: path and time. */
function recordApiRequests(pages: Record<string, Participant>) {
  const seen = new Map<string, { path: string; at: number }[]>();
  for (const [name, participant] of Object.entries(pages)) {
    const requests: { path: string; at: number }[] = [];
    seen.set(name, requests);
    participant.page.on("request", (request: Request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith("/api/")) {
        requests.push({ path: `${request.method()} ${url.pathname}`, at: Date.now() });
      }
    });
  }
  return seen;
}

/** The issue's budget: a quiet open round costs at most this many API requests per participant-minute. */
const QUIET_BUDGET_PER_MINUTE = 5;
/** More than two safety-net poll periods: every page polls at least twice in it, whatever its phase. */
const QUIET_WINDOW_MS = 2 * LIVE_SAFETY_MS + 5_000;

/**
 * A page's requests per minute at the cadence it kept: (n − 1) intervals over the time from its
 * first request to its last. An extra request between two polls raises it, as it would the count
 * of a whole minute.
 */
function requestsPerMinute(requests: { at: number }[]): number {
  const times = requests.map((request) => request.at).sort((a, b) => a - b);
  const span = times.length > 1 ? times[times.length - 1]! - times[0]! : 0;
  return span > 0 ? ((times.length - 1) * 60_000) / span : Number.POSITIVE_INFINITY;
}

/** Resolves once no page has asked the API anything for `quietMs` (within `timeoutMs`). */
async function settled(seen: Map<string, { at: number }[]>, quietMs: number, timeoutMs = 30_000) {
  const since = Date.now();
  const last = () => Math.max(since, ...[...seen.values()].flat().map((request) => request.at));
  while (Date.now() - last() < quietMs) {
    if (Date.now() - since > timeoutMs) throw new Error(`still asking the API after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("live in the meeting: Live Share signals, polling as the safety net", () => {
  it("brings an answer to the other panels and the stage at once, and a quiet round costs ≤ 5 requests per participant-minute", async () => {
    const [alice, bob, carol] = await Promise.all([join("alice"), join("bob"), join("carol", "de-DE")]);
    await banner(alice, LIVE).waitFor(WAIT);
    await banner(bob, LIVE).waitFor(WAIT);
    await banner(carol, "Live: Neue Antworten erscheinen, sobald sie eintreffen.").waitFor(WAIT);

    await startRound(alice);
    // Bob and carol learn of the new round by signal, not by their 15-second safety poll.
    const started = Date.now();
    await bob.app.getByRole("textbox", { name: "Your answer" }).waitFor({ timeout: 5_000 });
    await carol.app.getByRole("textbox", { name: "Ihre Antwort" }).waitFor({ timeout: 5_000 });
    expect(Date.now() - started).toBeLessThan(5_000);

    // Alice also has the round on the meeting stage, which follows the same signals. It shows no
    // banner: it is live once it stops polling every second (3 s without a request).
    const stage = await meeting.open("alice", { liveShare: fluid.port, view: "meetingStage" });
    await stage.app.getByText("No answers yet.").waitFor(WAIT);
    await settled(recordApiRequests({ stage }), 3_000);

    const text = `Signals beat polling ${Date.now()}`;
    await shareAnswer(bob, text);
    const delays = await arrival([alice, carol, stage], text, 5_000);
    console.log(`live delivery to the other panels and the stage: ${delays.join(" ms, ")} ms`);
    for (const delay of delays) expect(delay).toBeLessThan(2_000);

    // A quiet open round: nobody writes. What bob's answer set off (his panel reads the round again
    // and looks for related history once it is delivered) settles first. Then each page asks the API
    // only for its safety-net poll; its cadence, measured over a window of more than two poll periods
    // (so every page polls at least twice), is extrapolated to requests per minute.
    const pages = { alice, bob, carol, "alice's stage": stage };
    const activity = recordApiRequests(pages);
    await settled(activity, 3_000);
    const quiet = recordApiRequests(pages);
    const quietFrom = Date.now();
    await new Promise((resolve) => setTimeout(resolve, QUIET_WINDOW_MS));
    const cadence = Object.fromEntries(
      [...quiet].map(([name, requests]) => [name, requestsPerMinute(requests)]),
    );
    const described = [...quiet].map(
      ([name, requests]) => `${name} ${cadence[name]!.toFixed(2)} (${requests.length} requests)`,
    );
    console.log(
      `API requests per minute in a quiet round, over ${QUIET_WINDOW_MS} ms: ${described.join(", ")}`,
    );
    for (const [name, requests] of quiet) {
      const seen = `${name}: ${requests.map((request) => `${request.path} at ${request.at - quietFrom} ms`).join(", ")}`;
      // At least one whole poll period inside the window, or there is no cadence to speak of.
      expect(requests.length, seen).toBeGreaterThanOrEqual(2);
      expect(cadence[name], seen).toBeLessThanOrEqual(QUIET_BUDGET_PER_MINUTE);
    }
  }, 150_000);

  it("falls back to polling every second while Live Share is away, and goes live again when it returns", async () => {
    const [alice, bob] = await Promise.all([join("alice"), join("bob")]);
    await banner(alice, LIVE).waitFor(WAIT);
    await banner(bob, LIVE).waitFor(WAIT);
    await startRound(alice);
    await bob.app.getByRole("textbox", { name: "Your answer" }).waitFor(WAIT);
    const round = await currentRound(TEAM);
    if (!round) throw new Error("no open round");

    const port = fluid.port;
    await fluid.stop();
    const stopped = Date.now();
    await banner(alice, LOST).waitFor({ timeout: 5_000 });
    await banner(bob, LOST).waitFor({ timeout: 5_000 });
    console.log(`fallback noticed after ${Date.now() - stopped} ms`);

    // An answer written straight to the API sends no signal: polling every second finds it.
    const text = `Found by polling ${Date.now()}`;
    const written = await api("carol", "POST", `${scopePath(TEAM)}/rounds/${round.id}/answers`, {
      id: crypto.randomUUID(),
      text,
    });
    expect(written.status).toBe(201);
    const delays = await arrival([alice, bob], text, 5_000);
    for (const delay of delays) expect(delay).toBeLessThan(2_500);

    fluid = await startFluid(port);
    await banner(alice, LIVE).waitFor({ timeout: 45_000 });
    await banner(bob, LIVE).waitFor({ timeout: 45_000 });
    const again = `Live again ${Date.now()}`;
    await shareAnswer(bob, again);
    const live = await arrival([alice], again, 5_000);
    expect(live[0]).toBeLessThan(2_000);
  }, 150_000);
});
