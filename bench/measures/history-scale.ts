import type { HistoryResponse } from "@learning-loop/contract";
import type { CosmosClient } from "@azure/cosmos";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { DEV_TEAM_SCOPE, DEV_TENANT, DEV_USERS } from "../../api/src/auth/dev-fixtures";
import type { AnswerDoc, RoundDoc } from "../../api/src/cosmos/documents";
import { foldForSearch } from "../../api/src/search/normalize";
import type { BenchConfig } from "../config";
import { answerText, connect, historyPath } from "../support/api";
import type { BenchApi } from "../support/api";
import { insertAll, openBenchContainer } from "../support/cosmos";
import { describeCounts, diffCounts, startCountingProxy } from "../support/counting-proxy";
import { httpRequest, parseJson } from "../support/http";
import type { ApiHandle, BenchStack } from "../stack/processes";
import { ms, ratio, verdict } from "../support/report";
import type { MeasureResult } from "../support/report";
import { median, summarize } from "../support/stats";

export const HISTORY_RATIO_BUDGET = 1.5;

const PK = `${DEV_TENANT}|${DEV_TEAM_SCOPE}`;
const MEMBER_USERS = DEV_USERS.filter((user) => user.scopes[DEV_TEAM_SCOPE]);
const PROMPTS = [
  "What did you learn this week that surprised you?",
  "What would you do differently on the last release?",
  "Which experiment from last sprint should we keep?",
  "Who helped you get unstuck, and how?",
];
const HOUR = 3_600_000;

/**
 * A scope's past: closed, revealed rounds a few hours apart (newest now), each with its answers from
 * the team's members, shaped exactly like the API's documents.
 */
export function historyDocs(
  answers: number,
  answersPerRound: number,
  now = Date.now(),
): (RoundDoc | AnswerDoc)[] {
  const docs: (RoundDoc | AnswerDoc)[] = [];
  const rounds = Math.ceil(answers / answersPerRound);
  for (let r = 0; r < rounds; r++) {
    const startedAt = now - (r + 1) * 4 * HOUR;
    const promptText = PROMPTS[r % PROMPTS.length] as string;
    const starter = MEMBER_USERS[r % MEMBER_USERS.length]!;
    const roundId = randomUUID();
    const count = Math.min(answersPerRound, answers - r * answersPerRound);
    docs.push({
      id: roundId,
      roundId,
      roundAt: new Date(startedAt).toISOString(),
      pk: PK,
      tid: DEV_TENANT,
      scope: DEV_TEAM_SCOPE,
      type: "round",
      promptId: null,
      promptText,
      kind: null,
      meetingId: `bench-meeting-${r}`,
      startedBy: { oid: starter.oid, name: starter.displayName },
      startedAt: new Date(startedAt).toISOString(),
      closedAt: new Date(startedAt + 15 * 60_000).toISOString(),
      status: "closed",
      revealMode: "live",
      revealed: true,
      answerCount: count,
      version: count + 2,
      search: foldForSearch(promptText),
    });
    for (let a = 0; a < count; a++) {
      const author = MEMBER_USERS[(r + a) % MEMBER_USERS.length]!;
      const text = answerText(`round ${r} answer ${a}`, 80 + ((r * 7 + a * 13) % 120));
      docs.push({
        id: randomUUID(),
        pk: PK,
        tid: DEV_TENANT,
        scope: DEV_TEAM_SCOPE,
        type: "answer",
        roundId,
        roundAt: new Date(startedAt).toISOString(),
        text,
        mode: null,
        anonymous: false,
        author: { oid: author.oid, name: author.displayName },
        ownerProof: null,
        createdAt: new Date(startedAt + (a + 1) * 30_000).toISOString(),
        editedAt: null,
        reactions: { "me-too": a % 3, insightful: a % 2 },
        rev: 1,
        search: foldForSearch(text),
      });
    }
  }
  return docs;
}

interface Scale {
  answers: number;
  database: string;
  api: ApiHandle;
  session: BenchApi;
  times: number[];
  seedMs: number;
}

/**
 * The first history page (newest rounds) of a scope with few answers against one with many, each in
 * its own database on the same Cosmos-protocol server, through the API; sequential, interleaved.
 */
export async function historyScale(
  stack: BenchStack,
  client: CosmosClient,
  config: BenchConfig["history"],
): Promise<Omit<MeasureResult, "durationMs">> {
  const scales: Scale[] = [];
  try {
    for (const answers of [config.small, config.large]) {
      const database = `bench-history-${answers}-${randomUUID()}`;
      const started = performance.now();
      const container = await openBenchContainer(client, database);
      await insertAll(container, PK, historyDocs(answers, config.answersPerRound));
      const seedMs = performance.now() - started;
      const api = await stack.startApi({ database });
      scales.push({ answers, database, api, session: await connect(api.url), times: [], seedMs });
    }
    const page = async (scale: Scale, keep: boolean, session = scale.session) => {
      const response = await httpRequest(`${session.url}/${historyPath(config.pageSize)}`, {
        token: session.tokens.bob,
        timeoutMs: 60_000,
      });
      if (response.status !== 200)
        throw new Error(`history answered ${response.status}: ${response.text.slice(0, 200)}`);
      const body = parseJson<HistoryResponse>(response);
      const answers = body.items.reduce((sum, item) => sum + item.answers.length, 0);
      if (body.items.length !== config.pageSize || answers !== config.pageSize * config.answersPerRound) {
        throw new Error(
          `history page of ${scale.answers}: ${body.items.length} rounds, ${answers} answers; expected ${config.pageSize} full rounds`,
        );
      }
      if (keep) scale.times.push(response.ms);
    };
    const [small, large] = scales as [Scale, Scale];
    for (let i = 0; i < config.warmups + config.samples; i++) {
      const keep = i >= config.warmups;
      for (const scale of i % 2 === 0 ? [small, large] : [large, small]) await page(scale, keep);
    }
    // What the app asks of the database per page, counted on the wire by a proxy in front of a
    // separate API instance (so the timed instances above carry no proxy).
    const work = async (scale: Scale) => {
      const proxy = await startCountingProxy(stack.cosmosEndpoint);
      const api = await stack.startApi({ database: scale.database, cosmosEndpoint: proxy.endpoint });
      try {
        const session = await connect(api.url);
        await page(scale, false, session);
        const [counts, documents] = [proxy.counts(), proxy.documentsReturned()];
        await page(scale, false, session);
        return {
          operations: describeCounts(diffCounts(proxy.counts(), counts)),
          documents: proxy.documentsReturned() - documents,
        };
      } finally {
        await stack.stopApi(api).catch(() => undefined);
        await proxy.close();
      }
    };
    const [smallWork, largeWork] = [await work(small), await work(large)];
    const smallP50 = median(small.times);
    const largeP50 = median(large.times);
    const value = largeP50 / smallP50;
    const rounds = (answers: number) => Math.ceil(answers / config.answersPerRound);
    return {
      id: "history",
      title: "History page p50 with 500 vs 50,000 answers",
      rows: [
        {
          measure: `history page p50, ${large.answers.toLocaleString("en")} answers`,
          value: ms(largeP50),
          baseline: `${small.answers} answers ${ms(smallP50)}`,
          ratio: ratio(value),
          budget: `≤ ${HISTORY_RATIO_BUDGET}×`,
          verdict: verdict(value <= HISTORY_RATIO_BUDGET),
        },
        {
          measure: "  documents the page's query returned",
          value: `${largeWork.documents} (${largeWork.operations})`,
          baseline: `${small.answers} answers: ${smallWork.documents} (${smallWork.operations})`,
          ratio: ratio(largeWork.documents / smallWork.documents),
          budget: "",
          verdict: "info",
        },
      ],
      notes: [
        `Two databases on one local Cosmos-protocol server: ${small.answers} answers in ${rounds(small.answers)} rounds and ${large.answers.toLocaleString("en")} answers in ${rounds(large.answers)} rounds (${config.answersPerRound} per round, closed and revealed, one scope), inserted with SDK transactional batches; GET /api/scopes/{scope}/history?limit=${config.pageSize} (first page), ${config.samples} samples each after ${config.warmups} warm-ups, interleaved.`,
        "The local server has no indexes: every query reads, filters and sorts every document of the container, so the page's time grows with the container although the app's query returns the same documents at both sizes (the second row, counted by a proxy on the wire); see docs/benchmarks.md.",
      ],
      details: scales.map((scale) => ({
        answers: scale.answers,
        rounds: rounds(scale.answers),
        seedMs: Math.round(scale.seedMs),
        stats: summarize(scale.times),
      })),
    };
  } finally {
    await Promise.allSettled(scales.map((scale) => stack.stopApi(scale.api)));
    await Promise.allSettled(scales.map((scale) => client.database(scale.database).delete()));
  }
}
