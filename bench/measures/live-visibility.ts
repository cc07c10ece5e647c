import { LiveEvent, LiveShareClient, TestLiveShareHost } from "@microsoft/live-share";
import type { IFluidContainer } from "fluid-framework";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { versionOf, signalForWrite } from "../../tabs/src/live/live-signal";
import type { RoundSignal } from "../../tabs/src/live/live-signal";
import { LocalTokenProvider } from "../../tabs/src/live/local-token-provider";
import { nextPollDelay } from "../../tabs/src/side-panel/poll-schedule";
import type { BenchConfig } from "../config";
import { firstSeen, visibilityRows } from "./answer-visibility";
import { MEMBERS, answerText, answersPath, connect, postAnswer, roundPath, startRound } from "../support/api";
import type { Member } from "../support/api";
import { header, httpRequest, parseJson } from "../support/http";
import { verdict } from "../support/report";
import type { MeasureResult } from "../support/report";
import { seededRandom, sleep, summarize } from "../support/stats";

export const LIVE_P95_BUDGET_MS = 500;
export const QUIET_REQUESTS_BUDGET = 5;

type LiveConfig = BenchConfig["live"];

interface Participant {
  index: number;
  user: Member;
  etag: string | null;
  seen: Set<string>;
  events: LiveEvent<RoundSignal>;
  container: IFluidContainer;
  requests: number;
}

/**
 * Answer visibility and the quiet round's cost with Live Share: participants are real Live Share
 * 1.2.2 clients (Node, the local tenant, the tab's own LocalTokenProvider) in one container on the
 * Fluid local service. A submitter posts, then signals `{ roundId, version }` as the tab does
 * (`signalForWrite`); every other participant answers a signal with its conditional GET, and polls
 * at the tab's live safety-net pace (`nextPollDelay` with `live: true`) besides.
 */
export async function liveVisibility(
  apiUrl: string,
  fluidEndpoint: string,
  config: LiveConfig,
  seed: number,
): Promise<Omit<MeasureResult, "durationMs">> {
  const random = seededRandom(seed);
  const safetyMs = nextPollDelay({
    roundOpen: true,
    hidden: false,
    idleMs: 0,
    failures: 0,
    suspended: false,
    live: true,
  });
  if (safetyMs === null) throw new Error("the live poll schedule gave no interval for an open round");
  const api = await connect(apiUrl);
  const round = await startRound(api);
  const url = `${api.url}/${roundPath(round.id)}`;

  let containerId: string | undefined;
  const host = () =>
    TestLiveShareHost.create(
      () => containerId,
      (id) => {
        containerId = id;
      },
    );
  const posted = new Map<string, { startedAt: number; by: number }>();
  const latencies: number[] = [];
  const errors: string[] = [];
  let measuring = true;

  const poll = async (participant: Participant) => {
    participant.requests += 1;
    const response = await httpRequest(url, {
      token: api.tokens[participant.user],
      headers: participant.etag ? { "if-none-match": participant.etag } : {},
    });
    if (response.status === 304) return;
    if (response.status !== 200) return void errors.push(`poll ${response.status}`);
    for (const id of firstSeen(participant, response)) {
      const post = posted.get(id);
      if (measuring && post && post.by !== participant.index)
        latencies.push(response.endedAt - post.startedAt);
    }
  };

  // Everyone joins one after another (the first creates the container), then loads the round once.
  const participants: Participant[] = [];
  for (let index = 0; index < config.participants; index++) {
    const client = new LiveShareClient(host(), {
      connection: { type: "local", endpoint: fluidEndpoint, tokenProvider: new LocalTokenProvider() },
    });
    const { container } = await client.joinContainer({ initialObjects: { rounds: LiveEvent } });
    const participant: Participant = {
      index,
      user: MEMBERS[index % MEMBERS.length] as Member,
      etag: null,
      seen: new Set(),
      events: container.initialObjects.rounds as LiveEvent<RoundSignal>,
      container,
      requests: 0,
    };
    participant.events.on("received", (signal: RoundSignal, local: boolean) => {
      if (local) return;
      if (signal.roundId === round.id && (versionOf(participant.etag) ?? -1) >= signal.version) return;
      poll(participant).catch((error: unknown) => errors.push(`signal poll: ${String(error)}`));
    });
    await participant.events.initialize();
    participants.push(participant);
  }
  await Promise.all(participants.map(poll));

  let stop = false;
  const pollers = participants.map(async (participant) => {
    await sleep(random() * safetyMs);
    while (!stop) {
      await poll(participant).catch((error: unknown) => errors.push(`poll: ${String(error)}`));
      if (!stop) await sleep(safetyMs);
    }
  });

  const expected = config.answers * (config.participants - 1);
  let quietPerMinute: number;
  try {
    const schedule = Array.from({ length: config.answers }, () => random() * config.spreadMs).sort(
      (a, b) => a - b,
    );
    const began = performance.now();
    await Promise.all(
      schedule.map(async (at, k) => {
        await sleep(began + at - performance.now());
        const by = k % config.submitters;
        const submitter = participants[by]!;
        const id = randomUUID();
        posted.set(id, { startedAt: performance.now(), by });
        const response = await postAnswer(api, submitter.user, round.id, id, answerText(`live ${k}`));
        if (response.status !== 201) return void errors.push(`submit ${response.status}`);
        // The writer signals once the API has acknowledged the write, as the tab's api-client hook does.
        const signal = signalForWrite(
          answersPath(round.id),
          { etag: header(response, "etag") ?? null, data: parseJson(response) },
          () => versionOf(submitter.etag),
        );
        if (signal) await submitter.events.send(signal);
      }),
    );
    const deadline = performance.now() + config.settleMs;
    while (latencies.length < expected && performance.now() < deadline) await sleep(50);
    measuring = false;

    // A quiet open round: nobody writes; count every request to the API.
    for (const participant of participants) participant.requests = 0;
    await sleep(config.quietMs);
    const total = participants.reduce((sum, participant) => sum + participant.requests, 0);
    quietPerMinute = total / participants.length / (config.quietMs / 60_000);
  } finally {
    stop = true;
    await Promise.all(pollers);
    for (const participant of participants) participant.container.dispose();
  }

  const stats = summarize(latencies);
  const missing = expected - latencies.length;
  return {
    id: "live",
    title: "Live Share: answer visible, quiet round cost",
    rows: [
      ...visibilityRows(
        `answer visible to others with Live Share, p95 (${config.participants} clients)`,
        latencies,
        expected,
        LIVE_P95_BUDGET_MS,
        missing === 0 && errors.length === 0,
      ),
      {
        measure: "quiet open round: API requests per participant-minute",
        value: quietPerMinute.toFixed(2),
        baseline: "60 when polling every second",
        budget: `≤ ${QUIET_REQUESTS_BUDGET}`,
        verdict: verdict(quietPerMinute <= QUIET_REQUESTS_BUDGET),
      },
    ],
    notes: [
      `${config.participants} Live Share 1.2.2 clients (Node, local tenant) in one container on the Fluid local service; dev users ${MEMBERS.join(", ")} in turn. ${config.submitters} of them post ${config.answers} answers over ${config.spreadMs / 1000} s and signal { roundId, version } once the API answered 201; everyone answers a signal with its conditional GET and polls every ${safetyMs / 1000} s (nextPollDelay with live: true) besides.`,
      `Latency = from the start of the POST to the end of the first GET response of each other participant that contains the answer. Quiet round: ${config.quietMs / 1000} s without writes, every API request counted.`,
      ...(errors.length ? [`Errors: ${errors.slice(0, 10).join("; ")}`] : []),
    ],
    details: { safetyMs, stats, expected, missing, quietPerMinute, latencies: latencies.map(Math.round) },
  };
}
