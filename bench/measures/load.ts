import type { Container } from "@azure/cosmos";
import type { RoundView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import type { BenchConfig } from "../config";
import { MEMBERS, answerText, connect, postAnswer, roundPath, startRound } from "../support/api";
import type { Member } from "../support/api";
import { header, httpRequest } from "../support/http";
import type { HttpResult } from "../support/http";
import { ms, verdict } from "../support/report";
import type { MeasureResult } from "../support/report";
import { seededRandom, sleep, summarize } from "../support/stats";
import type { Cadence } from "../support/tab-cadence";

/** Client retries of one answer (same id each time) on 5xx and network errors, like the tab's outbox. */
const MAX_ATTEMPTS = 8;
const RETRY_BASE_MS = 250;
const RETRY_CAP_MS = 4_000;

type Kind = "poll 304" | "poll 200" | "submit";

interface Tally {
  requests: number;
  serverErrors: number;
  networkErrors: number;
  otherErrors: number;
  byStatus: Record<string, number>;
  latency: Record<Kind, number[]>;
}

/**
 * Participants spread over open rounds, each polling its round at the side panel's cadence with
 * If-None-Match and submitting a few answers at random times with client-made ids, retrying on 5xx
 * and network errors with the same id. At the end the answers stored are counted in the database
 * directly, around the API.
 */
export async function load(
  apiUrl: string,
  database: Container,
  cadence: Cadence,
  config: BenchConfig["load"],
  seed: number,
): Promise<Omit<MeasureResult, "durationMs">> {
  const random = seededRandom(seed);
  const api = await connect(apiUrl);
  const rounds: RoundView[] = [];
  for (let r = 0; r < config.rounds; r++) rounds.push(await startRound(api));

  const tally: Tally = {
    requests: 0,
    serverErrors: 0,
    networkErrors: 0,
    otherErrors: 0,
    byStatus: {},
    latency: { "poll 304": [], "poll 200": [], submit: [] },
  };
  const errorSamples: string[] = [];
  const record = (kind: "poll" | "submit", outcome: HttpResult | Error) => {
    tally.requests += 1;
    if (outcome instanceof Error) {
      tally.networkErrors += 1;
      if (errorSamples.length < 10) errorSamples.push(`${kind}: ${outcome.message}`);
      return;
    }
    tally.byStatus[outcome.status] = (tally.byStatus[outcome.status] ?? 0) + 1;
    if (outcome.status >= 500) tally.serverErrors += 1;
    else if (outcome.status >= 400) tally.otherErrors += 1;
    if (errorSamples.length < 10 && outcome.status >= 400)
      errorSamples.push(`${kind}: ${outcome.status} ${outcome.text.slice(0, 120)}`);
    const latencyKind: Kind = kind === "submit" ? "submit" : outcome.status === 304 ? "poll 304" : "poll 200";
    tally.latency[latencyKind].push(outcome.ms);
  };

  /** Every answer id a client sent, with its text, and the ids the API acknowledged with 2xx. */
  const sent = new Map<string, string>();
  const acknowledged = new Set<string>();
  let gaveUp = 0;

  const began = performance.now();
  const stopAt = began + config.durationMs;
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();

  const participant = async (index: number) => {
    const round = rounds[index % rounds.length]!;
    const user = MEMBERS[index % MEMBERS.length] as Member;
    const url = `${api.url}/${roundPath(round.id)}`;
    let etag: string | null = null;

    const submit = async (k: number, at: number) => {
      await sleep(began + at - performance.now());
      const id = randomUUID();
      const text = answerText(`load participant ${index} answer ${k}`);
      sent.set(id, text);
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        let outcome: HttpResult | Error;
        try {
          outcome = await postAnswer(api, user, round.id, id, text);
        } catch (error) {
          outcome = error instanceof Error ? error : new Error(String(error));
        }
        record("submit", outcome);
        if (!(outcome instanceof Error) && outcome.status < 300) {
          acknowledged.add(id);
          return;
        }
        if (!(outcome instanceof Error) && outcome.status < 500) return;
        await sleep(Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (attempt - 1)) * (0.5 + random() / 2));
      }
      gaveUp += 1;
    };

    const answers = Array.from({ length: config.answersPerParticipant }, (_, k) =>
      submit(k, random() * config.durationMs * 0.9),
    );

    await sleep(random() * cadence.ms);
    while (performance.now() < stopAt) {
      try {
        const response = await httpRequest(url, {
          token: api.tokens[user],
          headers: etag ? { "if-none-match": etag } : {},
        });
        record("poll", response);
        if (response.status === 200) etag = header(response, "etag") ?? etag;
      } catch (error) {
        record("poll", error instanceof Error ? error : new Error(String(error)));
      }
      await sleep(Math.min(cadence.ms, stopAt - performance.now()));
    }
    await Promise.race([Promise.all(answers), sleep(config.drainMs)]);
  };

  await Promise.all(Array.from({ length: config.participants }, (_, index) => participant(index)));
  loopDelay.disable();
  const elapsedMs = performance.now() - began;

  const { resources: stored } = await database.items
    .query<{ id: string; text: string; roundId: string }>({
      query: 'SELECT c.id, c.text, c.roundId FROM c WHERE c.type = "answer"',
    })
    .fetchAll();
  const storedIds = new Set(stored.map((doc) => doc.id));
  const lost = [...sent.keys()].filter((id) => !storedIds.has(id)).length;
  const lostAcknowledged = [...acknowledged].filter((id) => !storedIds.has(id)).length;
  const unique = new Set(stored.map((doc) => `${doc.roundId}\n${doc.text}`)).size;
  const duplicated = stored.length - unique;
  const unknown = stored.filter((doc) => !sent.has(doc.id)).length;

  const poll = summarize([...tally.latency["poll 304"], ...tally.latency["poll 200"]]);
  const poll304 = summarize(tally.latency["poll 304"]);
  const poll200 = summarize(tally.latency["poll 200"]);
  const submit = summarize(tally.latency.submit);
  const rate = (tally.requests / (elapsedMs / 1000)).toFixed(0);
  const lag = {
    p50: loopDelay.percentile(50) / 1e6,
    p99: loopDelay.percentile(99) / 1e6,
    max: loopDelay.max / 1e6,
  };

  return {
    id: "load",
    title: `Load: ${config.participants} participants, ${config.rounds} rounds, ${config.durationMs / 1000} s`,
    rows: [
      {
        measure: `load: requests (${rate}/s), 5xx`,
        value: `${tally.requests} requests, ${tally.serverErrors} 5xx`,
        baseline: `${tally.networkErrors} network, ${tally.otherErrors} other 4xx`,
        budget: "0 5xx",
        verdict: verdict(tally.serverErrors === 0),
      },
      {
        measure: "  poll p50 / p99 (all; 304; 200)",
        value: `${ms(poll.p50)} / ${ms(poll.p99)}`,
        baseline: `304 ${ms(poll304.p99)}, 200 ${ms(poll200.p99)} p99`,
        verdict: "info",
      },
      {
        measure: "  submit p50 / p99 (each attempt)",
        value: `${ms(submit.p50)} / ${ms(submit.p99)}`,
        verdict: "info",
      },
      {
        measure: "load: answers lost",
        value: `${lost} lost of ${sent.size} sent (${stored.length} stored)`,
        baseline: `${acknowledged.size} acknowledged`,
        budget: "0",
        verdict: verdict(lost === 0 && lostAcknowledged === 0),
      },
      {
        measure: "load: answers duplicated",
        value: `${duplicated} duplicated (${unknown} unknown ids)`,
        budget: "0",
        verdict: verdict(duplicated === 0 && unknown === 0),
      },
    ],
    notes: [
      `${config.participants} simulated participants (dev users ${MEMBERS.join(", ")} in turn) over ${config.rounds} open rounds in one scope, each polling GET rounds/{id} with If-None-Match every ${cadence.ms} ms after the previous response (${cadence.source}) and posting ${config.answersPerParticipant} answer(s) at seeded random times with client UUIDs, retrying 5xx and network errors with the same id (up to ${MAX_ATTEMPTS} attempts, backoff ${RETRY_BASE_MS} ms doubling to ${RETRY_CAP_MS} ms). Afterwards the answer documents are counted with a query straight to the database.`,
      "lost = ids sent but not stored; duplicated = stored documents whose (round, text) another stored document already has (each text is unique per answer); unknown = stored ids no client sent.",
      `Load generator (this process): event-loop delay p99 ${lag.p99.toFixed(1)} ms, max ${lag.max.toFixed(1)} ms; high values mean the generator itself was starved and latencies are overstated.`,
      ...(gaveUp ? [`${gaveUp} answers were given up after ${MAX_ATTEMPTS} attempts.`] : []),
      ...(errorSamples.length ? [`First errors: ${errorSamples.join("; ")}`] : []),
    ],
    details: {
      elapsedMs: Math.round(elapsedMs),
      requests: tally.requests,
      byStatus: tally.byStatus,
      serverErrors: tally.serverErrors,
      networkErrors: tally.networkErrors,
      otherErrors: tally.otherErrors,
      latency: { poll, poll304, poll200, submit },
      answers: {
        sent: sent.size,
        acknowledged: acknowledged.size,
        stored: stored.length,
        unique,
        lost,
        lostAcknowledged,
        duplicated,
        unknown,
        gaveUp,
      },
      generatorEventLoopDelayMs: lag,
    },
  };
}
