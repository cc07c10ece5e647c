import type { Container, CosmosClient, SqlQuerySpec } from "@azure/cosmos";
import type { LessonsResponse } from "@learning-loop/contract";
import { LEARNING_MODES } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { DEV_TEAM_SCOPE, DEV_TENANT } from "../../api/src/auth/dev-fixtures";
import type { LessonDoc } from "../../api/src/cosmos/documents";
import { LESSON_BUCKETS, bucketAt, bucketOf } from "../../api/src/lessons/lesson-keys";
import { FEED_PAGE } from "../../api/src/lessons/lesson-service";
import { foldForSearch } from "../../api/src/search/normalize";
import type { BenchConfig } from "../config";
import { connect } from "../support/api";
import { insertAll, openBenchContainer } from "../support/cosmos";
import { httpRequest, parseJson } from "../support/http";
import type { ApiHandle, BenchStack } from "../stack/processes";
import { ms } from "../support/report";
import type { MeasureResult } from "../support/report";
import { percentile, seededRandom } from "../support/stats";

const WORDS =
  "deploy review pairing retro incident rollback demo onboarding flag cache runbook handover".split(" ");

/** `count` lessons of one tenant, a minute apart, spread over the feed's buckets as the API keys them. */
export function lessonDocs(count: number, seed: number): LessonDoc[] {
  const random = seededRandom(seed);
  const start = Date.parse("2026-01-01T00:00:00Z");
  return Array.from({ length: count }, (_unused, index) => {
    const id = randomUUID();
    const publishedAt = new Date(start + index * 60_000).toISOString();
    const text = `${Array.from({ length: 12 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" ")} #${index}`;
    return {
      id,
      ...bucketAt(DEV_TENANT, bucketOf(id)),
      type: "lesson",
      fromScope: DEV_TEAM_SCOPE,
      kind: "answer",
      sourceId: randomUUID(),
      sourceProof: null,
      text,
      mode: LEARNING_MODES[index % LEARNING_MODES.length]!,
      status: null,
      outcome: null,
      team: "dev-team",
      hideTeam: false,
      showAuthor: false,
      publishedBy: { oid: "b0b00000-0000-4000-8000-000000000002", name: "Bob Example" },
      publisherProof: null,
      publishedAt,
      sortKey: `${publishedAt}|${id}`,
      search: foldForSearch(text),
      adoptedCount: Math.floor(random() ** 6 * 20),
    };
  });
}

/** The feed's first-page query in one bucket, as lesson-repository.ts `feedBucketPage` sends it. */
function bucketQuery(bucket: number, adopted: boolean, q?: string): SqlQuerySpec {
  const at = bucketAt(DEV_TENANT, bucket);
  return {
    query: `SELECT TOP ${FEED_PAGE + 1} * FROM c WHERE c.pk = @pk AND c.tid = @tid AND c.scope = @scope AND (c.type = "lesson"${q ? " AND CONTAINS(c.search, @q)" : ""}) ORDER BY ${adopted ? "c.adoptedCount DESC, c.sortKey DESC" : "c.sortKey DESC"}`,
    parameters: [
      { name: "@pk", value: at.pk },
      { name: "@tid", value: at.tid },
      { name: "@scope", value: at.scope },
      ...(q ? [{ name: "@q", value: q }] : []),
    ],
  };
}

/** The request charge (RU) the SDK reports for one feed page's fan-out, bucket by bucket. */
async function pageCharge(container: Container, adopted: boolean, q?: string) {
  let charge = 0;
  let documents = 0;
  for (let bucket = 0; bucket < LESSON_BUCKETS; bucket++) {
    const response = await container.items
      .query(bucketQuery(bucket, adopted, q), { partitionKey: bucketAt(DEV_TENANT, bucket).pk })
      .fetchAll();
    charge += response.requestCharge ?? 0;
    documents += response.resources.length;
  }
  return { charge, documents };
}

/**
 * GET /api/lessons with `config.lessons` lessons in one tenant: the time of a first page (newest,
 * most adopted, a search), and the request units of its four bucket queries as the SDK reports them.
 */
export async function lessonsFeed(
  stack: BenchStack,
  client: CosmosClient,
  config: BenchConfig["lessons"],
  seed: number,
): Promise<Omit<MeasureResult, "durationMs">> {
  const database = `bench-lessons-${randomUUID()}`;
  let api: ApiHandle | undefined;
  try {
    const seeded = performance.now();
    const container = await openBenchContainer(client, database);
    const docs = lessonDocs(config.lessons, seed);
    for (let bucket = 0; bucket < LESSON_BUCKETS; bucket++) {
      const at = bucketAt(DEV_TENANT, bucket);
      await insertAll(
        container,
        at.pk,
        docs.filter((doc) => doc.pk === at.pk),
      );
    }
    const seedMs = performance.now() - seeded;
    api = await stack.startApi({ database });
    const session = await connect(api.url);
    const time = async (query: string) => {
      const times: number[] = [];
      for (let i = 0; i < config.warmups + config.samples; i++) {
        const response = await httpRequest(`${session.url}/lessons${query}`, {
          token: session.tokens.carol,
          timeoutMs: 120_000,
        });
        if (response.status !== 200)
          throw new Error(`lessons answered ${response.status}: ${response.text.slice(0, 200)}`);
        if (parseJson<LessonsResponse>(response).items.length !== FEED_PAGE)
          throw new Error("a feed page was short");
        if (i >= config.warmups) times.push(response.ms);
      }
      return times;
    };
    const newest = await time("");
    const adopted = await time("?sort=adopted");
    const search = await time("?q=Rollback%20DEMO");
    const charges = {
      newest: await pageCharge(container, false),
      adopted: await pageCharge(container, true),
      search: await pageCharge(container, false, "rollback demo"),
    };
    const row = (label: string, times: number[], charge: { charge: number; documents: number }) => ({
      measure: `feed page, ${label}`,
      value: `p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`,
      baseline: `${charge.charge.toFixed(2)} RU, ${charge.documents} docs read`,
      verdict: "info" as const,
    });
    return {
      id: "lessons",
      title: `Lesson feed with ${config.lessons.toLocaleString("en")} lessons in one tenant`,
      rows: [
        row("newest", newest, charges.newest),
        row("most adopted", adopted, charges.adopted),
        row("search q", search, charges.search),
        { measure: "  seeding", value: ms(seedMs), verdict: "info" },
      ],
      details: { lessons: config.lessons, buckets: LESSON_BUCKETS, newest, adopted, search, charges },
      notes: [
        `A page is ${LESSON_BUCKETS} queries (one per bucket partition {tid}|lessons:{b}, TOP ${FEED_PAGE + 1}, in parallel), merged by time; RU is the SDK's requestCharge summed over them as the local Cosmos-protocol server reports it (docs/lessons.md gives the Azure estimate).`,
      ],
    };
  } finally {
    if (api) await stack.stopApi(api).catch(() => undefined);
    await client
      .database(database)
      .delete()
      .catch(() => undefined);
  }
}
