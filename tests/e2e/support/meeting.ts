import type { AnswerView, RoundView } from "@learning-loop/contract";
import type { Browser, BrowserContext, Frame, FrameLocator, Locator, Page } from "playwright-core";
import { meetingIdFor } from "../../../tabs/dev/host-context";
import { WAITING_FOR_ROUND_MS } from "../../../tabs/src/side-panel/poll-schedule";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { baseUrl } from "./base-url";
import { connectChromium } from "./shared-browser";

/**
 * The stand-up as several people see it: each person a browser context of their own on the local
 * Teams host page, plus the HTTP API as that person for setting up and checking data.
 */

export const TEAM = "team:dev-team";
export const CHAT = "chat:19:standup-meeting@thread.v2";
export const WAIT = { timeout: 15_000 };

export interface Participant {
  user: string;
  context: BrowserContext;
  page: Page;
  /** The app inside the host's frame, found as a screen reader would: by role and name. */
  app: FrameLocator;
  /** The app's frame itself, for evaluating scripts (axe) and reading its DOM. */
  frame(): Frame;
  close(): Promise<void>;
}

export interface OpenOptions {
  view?: "sidePanel" | "meetingStage" | "content" | "settings";
  scope?: string;
  theme?: "default" | "dark" | "contrast";
  locale?: string;
  stageSharing?: boolean;
  /** Live Share: off, or the port of a local Fluid service; unset, the host page's default. */
  liveShare?: "off" | number;
  context?: BrowserContext;
  /**
   * The page's timers run on a clock the test can move (`untilPolled`); until it does, time passes
   * as usual. Only for a context opened here.
   */
  clock?: boolean;
}

export function hostUrl(user: string, options: OpenOptions = {}): string {
  const query = new URLSearchParams({
    user,
    view: options.view ?? "sidePanel",
    scope: options.scope ?? TEAM,
    theme: options.theme ?? "default",
  });
  if (options.locale) query.set("locale", options.locale);
  if (options.stageSharing === false) query.set("stageSharing", "0");
  if (options.liveShare !== undefined) query.set("liveShare", String(options.liveShare));
  return `${baseUrl()}/dev/host.html?${query}`;
}

export async function openAs(
  browser: Browser,
  user: string,
  options: OpenOptions = {},
): Promise<Participant> {
  const context = options.context ?? (await browser.newContext());
  if (options.clock && !options.context) await context.clock.install();
  const page = await context.newPage();
  await page.goto(hostUrl(user, options));
  const participant: Participant = {
    user,
    context,
    page,
    app: page.frameLocator('iframe[title="Learning Loop app"]'),
    frame: () => appFrame(page),
    close: () => context.close(),
  };
  return participant;
}

export function appFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  if (!frame) throw new Error("The host page has no app frame");
  return frame;
}

/** Waits until the side panel shows either today's prompt or a round. */
export async function panelReady(participant: Participant) {
  await participant.app.getByRole("heading", { level: 1 }).waitFor(WAIT);
}

/**
 * Waits until `target` shows in a panel that learns of a round started elsewhere by looking for one
 * every WAITING_FOR_ROUND_MS (5 s). Whenever `target` has not shown for a moment, the panel's clock
 * (it was opened with `clock: true`) moves on by that interval, so the look it has scheduled goes
 * out now instead of up to five seconds later: what the panel shows is still what its poll found.
 */
export async function untilPolled(participant: Participant, target: Locator, timeout = WAIT.timeout) {
  const until = Date.now() + timeout;
  while (!(await target.isVisible())) {
    await participant.page.clock.fastForward(WAITING_FOR_ROUND_MS);
    try {
      await target.waitFor({ timeout: 1_000 });
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
    }
  }
}

// ---- the API as a person ----------------------------------------------------------------------

const tokens = new Map<string, string>();

async function tokenFor(user: string): Promise<string> {
  const known = tokens.get(user);
  if (known) return known;
  const response = await fetch(`${baseUrl()}/api/dev/token?user=${user}`);
  if (!response.ok) throw new Error(`no dev token for ${user}: ${response.status}`);
  const { token } = (await response.json()) as { token: string };
  tokens.set(user, token);
  return token;
}

export interface ApiAnswer<T> {
  status: number;
  etag: string | null;
  body: T;
}

export async function api<T = unknown>(
  user: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<ApiAnswer<T>> {
  const response = await fetch(`${baseUrl()}/api/${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await tokenFor(user)}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    etag: response.headers.get("etag"),
    body: (text ? JSON.parse(text) : undefined) as T,
  };
}

export const scopePath = (scope: string) => `scopes/${encodeURIComponent(scope)}`;

/** The meeting's open round as `user` sees it, or null. */
export async function currentRound(scope = TEAM, user = "alice"): Promise<RoundView | null> {
  const result = await api<RoundView>(
    user,
    "GET",
    `${scopePath(scope)}/rounds/current?meetingId=${encodeURIComponent(meetingIdFor(scope))}`,
  );
  return result.status === 200 ? result.body : null;
}

/** Closes every open round of the dev meeting (alice organizes it), so a test starts from "no round". */
export async function closeOpenRounds(scope = TEAM, organizer = "alice") {
  for (let attempt = 0; attempt < 10; attempt++) {
    const round = await currentRound(scope, organizer);
    if (!round) return;
    await api(organizer, "POST", `${scopePath(scope)}/rounds/${round.id}/close`);
  }
  throw new Error("could not close the meeting's open rounds");
}

/** Answers of the round as `user` sees them. */
export async function answersOf(roundId: string, user = "alice", scope = TEAM): Promise<AnswerView[]> {
  const result = await api<RoundView>(user, "GET", `${scopePath(scope)}/rounds/${roundId}`);
  return result.body.answers;
}

// ---- accessibility ---------------------------------------------------------------------------

export { seriousViolations } from "./axe";
export type { AxeFinding } from "./axe";

/** Everything another person's browser holds about the page: DOM text, attributes, and the accessibility tree. */
export async function everythingVisibleTo(participant: Participant): Promise<string> {
  const frame = participant.frame();
  const html = await frame.evaluate(() => document.documentElement.outerHTML);
  const aria = await participant.app.locator("body").ariaSnapshot();
  const session = await participant.context.newCDPSession(participant.page);
  try {
    const { nodes } = (await session.send("Accessibility.getFullAXTree", {
      frameId: await frameIdOf(participant),
    })) as {
      nodes: { name?: { value?: unknown }; description?: { value?: unknown }; value?: { value?: unknown } }[];
    };
    const tree = nodes
      .map((node) => [node.name?.value, node.description?.value, node.value?.value].filter(Boolean).join(" "))
      .join("\n");
    return [html, aria, tree].join("\n");
  } finally {
    await session.detach();
  }
}

async function frameIdOf(participant: Participant): Promise<string> {
  const session = await participant.context.newCDPSession(participant.page);
  try {
    interface FrameTree {
      frame: { id: string; url: string };
      childFrames?: FrameTree[];
    }
    const { frameTree } = (await session.send("Page.getFrameTree")) as { frameTree: FrameTree };
    const child = frameTree.childFrames?.find((candidate) => candidate.frame.url.includes("/index.html"));
    if (!child) throw new Error("no app frame in the frame tree");
    return child.frame.id;
  } finally {
    await session.detach();
  }
}

/**
 * The hooks a meeting test file shares: one browser for the file, no round left open between
 * tests, and every participant a test opened closed after it. Returns `open`, which is `openAs`
 * with that clean-up.
 */
export function useMeeting() {
  let browser: Browser | undefined;
  const opened: Participant[] = [];
  beforeAll(async () => {
    browser = await connectChromium();
  });
  afterAll(async () => {
    await closeOpenRounds();
    await browser?.close();
  });
  beforeEach(() => closeOpenRounds());
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((participant) => participant.close()));
  });
  return {
    async open(user: string, options: Parameters<typeof openAs>[2] = {}): Promise<Participant> {
      if (!browser) throw new Error("useMeeting: the browser is not up yet");
      const participant = await openAs(browser, user, options);
      opened.push(participant);
      return participant;
    },
  };
}
