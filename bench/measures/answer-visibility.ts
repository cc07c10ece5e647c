import type { RoundView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { BenchConfig } from "../config";
import { MEMBERS, answerText, connect, postAnswer, roundPath, startRound } from "../support/api";
import type { Member } from "../support/api";
import { header, httpRequest, parseJson } from "../support/http";
import type { HttpResult } from "../support/http";
import { ms, verdict } from "../support/report";
import type { MeasureResult, Row } from "../support/report";
import { percentile, seededRandom, sleep, summarize } from "../support/stats";
import type { Cadence } from "../support/tab-cadence";

export const VISIBILITY_P95_BUDGET_MS = 2_000;

/** The answers a round read (200) shows a participant for the first time; keeps its ETag. */
export function firstSeen(
  participant: { etag: string | null; seen: Set<string> },
  response: HttpResult,
): string[] {
  const view = parseJson<RoundView>(response);
  participant.etag = header(response, "etag") ?? view.etag;
  const fresh = view.answers.map((answer) => answer.id).filter((id) => !participant.seen.has(id));
  for (const id of fresh) participant.seen.add(id);
  return fresh;
}

/** The p95 row against its budget, and the p50 / max / samples row under it. */
export function visibilityRows(
  measure: string,
  latencies: number[],
  expected: number,
  budgetMs: number,
  complete: boolean,
): Row[] {
  const stats = summarize(latencies);
  const p95 = percentile(latencies, 95);
  return [
    { measure, value: ms(p95), budget: `≤ ${budgetMs} ms`, verdict: verdict(p95 <= budgetMs && complete) },
    {
      measure: "  p50 / max, samples",
      value: `${ms(stats.p50)} / ${ms(stats.max)}`,
      baseline: `${latencies.length} of ${expected} seen`,
      verdict: "info",
    },
  ];
}

interface Participant {
  index: number;
  user: Member;
  etag: string | null;
  seen: Set<string>;
}

/**
 * Participants in one round, each polling GET rounds/{id} with If-None-Match at the side panel's
 * cadence (the next poll is scheduled when the previous one has answered, as the tab does); a few
 * of them post answers at random times. Latency of an answer for a participant = from the start of
 * its POST to the end of that participant's first poll response that contains it.
 */
export async function answerVisibility(
  apiUrl: string,
  cadence: Cadence,
  config: BenchConfig["visibility"],
  seed: number,
): Promise<Omit<MeasureResult, "durationMs">> {
  const random = seededRandom(seed);
  const api = await connect(apiUrl);
  const round = await startRound(api);
  const url = `${api.url}/${roundPath(round.id)}`;
  const participants: Participant[] = Array.from({ length: config.participants }, (_, index) => ({
    index,
    user: MEMBERS[index % MEMBERS.length] as Member,
    etag: null,
    seen: new Set<string>(),
  }));

  /** Answer id → when its POST started and who posted it. */
  const posted = new Map<string, { startedAt: number; by: number }>();
  const latencies: { answer: string; participant: number; ms: number }[] = [];
  const statuses: Record<string, number> = {};
  const errors: string[] = [];
  let stop = false;

  const poll = async (participant: Participant) => {
    const response = await httpRequest(url, {
      token: api.tokens[participant.user],
      headers: participant.etag ? { "if-none-match": participant.etag } : {},
    });
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    if (response.status === 304) return;
    if (response.status !== 200) {
      errors.push(`poll ${response.status}`);
      return;
    }
    for (const id of firstSeen(participant, response)) {
      const post = posted.get(id);
      if (post && post.by !== participant.index) {
        latencies.push({ answer: id, participant: participant.index, ms: response.endedAt - post.startedAt });
      }
    }
  };

  // Every participant has loaded the round once (the tab's first fetch) before anyone answers.
  await Promise.all(participants.map(poll));
  const pollers = participants.map(async (participant) => {
    await sleep(random() * cadence.ms);
    while (!stop) {
      try {
        await poll(participant);
      } catch (error) {
        errors.push(`poll network: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!stop) await sleep(cadence.ms);
    }
  });

  const expected = config.answers * (config.participants - 1);
  try {
    const schedule = Array.from({ length: config.answers }, () => random() * config.spreadMs).sort(
      (a, b) => a - b,
    );
    const began = performance.now();
    const submissions = schedule.map(async (at, k) => {
      await sleep(began + at - performance.now());
      const by = k % config.submitters;
      const id = randomUUID();
      posted.set(id, { startedAt: performance.now(), by });
      try {
        const response = await postAnswer(
          api,
          participants[by]!.user,
          round.id,
          id,
          answerText(`visibility ${k}`),
        );
        if (response.status !== 201) errors.push(`submit ${response.status}`);
      } catch (error) {
        errors.push(`submit network: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    await Promise.all(submissions);
    const deadline = performance.now() + config.settleMs;
    while (latencies.length < expected && performance.now() < deadline) await sleep(50);
  } finally {
    stop = true;
    await Promise.all(pollers);
  }

  const values = latencies.map((sample) => sample.ms);
  const stats = summarize(values);
  const missing = expected - latencies.length;
  return {
    id: "visibility",
    title: "Answer visible to other participants",
    rows: visibilityRows(
      `answer visible to others, p95 (${config.participants} pollers)`,
      values,
      expected,
      VISIBILITY_P95_BUDGET_MS,
      missing === 0 && errors.length === 0,
    ),
    notes: [
      `Measured at the HTTP level with the tab's polling cadence (${cadence.ms} ms after each response, from ${cadence.source}), not in ${config.participants} browsers: ${config.participants} simulated participants (dev users ${MEMBERS.join(", ")} in turn) poll GET rounds/{id} with If-None-Match; ${config.submitters} of them post ${config.answers} answers at seeded random times over ${config.spreadMs / 1000} s.`,
      "Latency = from the start of the POST to the end of the first poll response of each other participant that contains the answer (answers × other participants samples).",
      ...(missing > 0
        ? [
            `${missing} answer×participant pairs never became visible within ${config.settleMs / 1000} s after the last post.`,
          ]
        : []),
      ...(errors.length
        ? [
            `Errors: ${errors.slice(0, 10).join("; ")}${errors.length > 10 ? ` (+${errors.length - 10} more)` : ""}`,
          ]
        : []),
    ],
    details: {
      cadence,
      stats,
      expected,
      missing,
      statuses,
      errors: errors.length,
      latencies: values.map((v) => Math.round(v)),
    },
  };
}
