import type { Container } from "@azure/cosmos";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { DEV_TEAM_SCOPE, DEV_TENANT, DEV_USERS } from "../../api/src/auth/dev-fixtures";
import type { AnswerDoc } from "../../api/src/cosmos/documents";
import { foldForSearch } from "../../api/src/search/normalize";
import type { BenchConfig } from "../config";
import { answerText, connect, postAnswer, startRound } from "../support/api";
import { ms, ratio, verdict } from "../support/report";
import type { MeasureResult } from "../support/report";
import { median, summarize } from "../support/stats";

export const SUBMIT_RATIO_BUDGET = 2;

const bob = DEV_USERS.find((user) => user.name === "bob")!;

/** The document the API stores for bob's answer (api/src/answers/answer-service.ts), field for field. */
export function answerDoc(roundId: string, id: string, text: string, now = new Date()): AnswerDoc {
  return {
    id,
    pk: `${DEV_TENANT}|${DEV_TEAM_SCOPE}`,
    tid: DEV_TENANT,
    scope: DEV_TEAM_SCOPE,
    type: "answer",
    roundId,
    roundAt: now.toISOString(),
    text,
    mode: null,
    anonymous: false,
    author: { oid: bob.oid, name: bob.displayName },
    ownerProof: null,
    createdAt: now.toISOString(),
    editedAt: null,
    reactions: { "me-too": 0, insightful: 0 },
    rev: 1,
    search: foldForSearch(text),
  };
}

/**
 * API submit (HTTP POST through the built-in host on 127.0.0.1, with token validation) against a raw
 * `container.items.create` of the same document through the bench's own keep-alive CosmosClient,
 * on the same Cosmos-protocol server and container; sequential and interleaved (ABBA).
 */
export async function submitOverhead(
  apiUrl: string,
  raw: Container,
  config: BenchConfig["submit"],
): Promise<Omit<MeasureResult, "durationMs">> {
  const api = await connect(apiUrl);
  const round = await startRound(api);
  // Raw documents belong to a round nobody reads, so they never change what the API reads.
  const rawRoundId = randomUUID();
  const text = answerText("submit", 140);
  const apiTimes: number[] = [];
  const rawTimes: number[] = [];
  const pairTimes: number[] = [];
  // The same two writes the API makes (round-repository.ts countAnswerOnOpenRound), made raw: the
  // database work a submit cannot do without, as a second, informational baseline.
  const pk = `${DEV_TENANT}|${DEV_TEAM_SCOPE}`;
  await raw.items.create({ id: rawRoundId, pk, type: "round", status: "open", answerCount: 0, version: 1 });

  const viaApi = async (keep: boolean) => {
    const response = await postAnswer(api, "bob", round.id, randomUUID(), text);
    if (response.status !== 201)
      throw new Error(`API submit answered ${response.status}: ${response.text.slice(0, 200)}`);
    if (keep) apiTimes.push(response.ms);
  };
  const viaSdk = async (keep: boolean) => {
    const doc = answerDoc(rawRoundId, randomUUID(), text);
    const started = performance.now();
    await raw.items.create(doc);
    const elapsed = performance.now() - started;
    if (keep) rawTimes.push(elapsed);
  };

  const viaSdkPair = async (keep: boolean) => {
    const doc = answerDoc(rawRoundId, randomUUID(), text);
    const started = performance.now();
    await raw.items.create(doc);
    await raw.item(rawRoundId, pk).patch({
      condition: 'FROM c WHERE c.type = "round" AND c.status = "open"',
      operations: [
        { op: "incr", path: "/answerCount", value: 1 },
        { op: "incr", path: "/version", value: 1 },
      ],
    });
    const elapsed = performance.now() - started;
    if (keep) pairTimes.push(elapsed);
  };

  for (let i = 0; i < config.warmups + config.samples; i++) {
    const keep = i >= config.warmups;
    const order = i % 2 === 0 ? [viaApi, viaSdk, viaSdkPair] : [viaSdkPair, viaSdk, viaApi];
    for (const sample of order) await sample(keep);
  }
  const apiP50 = median(apiTimes);
  const rawP50 = median(rawTimes);
  const value = apiP50 / rawP50;
  const apiStats = summarize(apiTimes);
  const rawStats = summarize(rawTimes);
  const pairP50 = median(pairTimes);
  return {
    id: "submit",
    title: "API submit vs raw SDK create",
    rows: [
      {
        measure: `API submit p50 (${apiTimes.length} samples)`,
        value: ms(apiP50),
        baseline: `raw create ${ms(rawP50)}`,
        ratio: ratio(value),
        budget: `≤ ${SUBMIT_RATIO_BUDGET}×`,
        verdict: verdict(value <= SUBMIT_RATIO_BUDGET),
      },
      {
        measure: "  API submit p95",
        value: ms(apiStats.p95),
        baseline: `raw create ${ms(rawStats.p95)}`,
        ratio: ratio(apiStats.p95 / rawStats.p95),
        verdict: "info",
      },
      {
        measure: "  API submit p50 vs its own two writes",
        value: ms(apiP50),
        baseline: `raw create + patch ${ms(pairP50)}`,
        ratio: ratio(apiP50 / pairP50),
        verdict: "info",
      },
    ],
    notes: [
      `${config.samples} samples each after ${config.warmups} warm-ups, sequential, alternating which goes first. API = POST /api/scopes/{scope}/rounds/{id}/answers over keep-alive HTTP to the built-in host (bearer token validated, membership checked), timed to the last byte of the 201; raw = container.items.create of the same ${text.length}-character answer document through the bench's own CosmosClient (keep-alive agent) against the same local Cosmos-protocol server and container.`,
      "The API's submit does more database work than the baseline's single create: a create and then a patch conditional on the round being open (see the Cosmos operations per submit row), which must follow each other (the patch's version bump is what tells pollers the answer exists), plus HTTP parsing, token validation and the response. The third row sets the API against those same two writes made raw, in the same run: what the API adds beyond the database work its budget prescribes.",
    ],
    details: { api: apiStats, raw: rawStats, rawCreateAndPatch: summarize(pairTimes) },
  };
}
