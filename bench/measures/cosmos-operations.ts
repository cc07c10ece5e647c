import type { RoundView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import type { BenchConfig } from "../config";
import { answerText, connect, historyPath, postAnswer, roundPath, startRound } from "../support/api";
import type { BenchApi } from "../support/api";
import { OPERATION_KINDS, describeCounts, diffCounts, zeroCounts } from "../support/counting-proxy";
import type { CountingProxy, OperationCounts, OperationKind } from "../support/counting-proxy";
import { header, httpRequest, parseJson } from "../support/http";
import { verdict } from "../support/report";
import type { MeasureResult, Row } from "../support/report";

const DOCUMENT_KINDS = OPERATION_KINDS.filter((kind) => kind !== "metadata");

/** Per-operation counts over several repetitions: the most any one took, per kind. */
function worst(samples: OperationCounts[]): OperationCounts {
  const result = zeroCounts();
  for (const sample of samples)
    for (const kind of OPERATION_KINDS) result[kind] = Math.max(result[kind], sample[kind]);
  return result;
}

/** The counts without metadata requests, which are not held against the budgets. */
const documentOps = (counts: OperationCounts): OperationCounts => ({ ...counts, metadata: 0 });

/** True when every sample did exactly the same document operations. */
const steady = (samples: OperationCounts[]) =>
  samples.every((sample) => DOCUMENT_KINDS.every((kind) => sample[kind] === samples[0]?.[kind]));

/**
 * Database requests per API operation, counted on the wire by a proxy between the API and the
 * Cosmos-protocol server. Each operation runs alone (nothing else uses this API), so the counter's
 * change across it is exactly what it cost.
 */
export async function cosmosOperations(
  apiUrl: string,
  proxy: CountingProxy,
  config: BenchConfig["operations"],
): Promise<Omit<MeasureResult, "durationMs">> {
  const api: BenchApi = await connect(apiUrl);
  const round = await startRound(api);
  const url = `${api.url}/${roundPath(round.id)}`;

  const measure = async (operation: () => Promise<void>): Promise<OperationCounts> => {
    const before = proxy.counts();
    await operation();
    return diffCounts(proxy.counts(), before);
  };

  // Warm the SDK's metadata caches (account, container, partition-key ranges) and the round's ETag.
  await postAnswer(api, "bob", round.id, randomUUID(), answerText("warm-up"));
  const first = await httpRequest(url, { token: api.tokens.carol });
  if (first.status !== 200) throw new Error(`round read answered ${first.status}`);
  let etag = header(first, "etag") ?? parseJson<RoundView>(first).etag;
  await httpRequest(`${api.url}/${historyPath(20)}`, { token: api.tokens.carol });

  const polls: OperationCounts[] = [];
  for (let i = 0; i < config.polls; i++) {
    polls.push(
      await measure(async () => {
        const response = await httpRequest(url, {
          token: api.tokens.carol,
          headers: { "if-none-match": etag },
        });
        if (response.status !== 304)
          throw new Error(`a poll with nothing new answered ${response.status}, not 304`);
      }),
    );
  }

  const submits: OperationCounts[] = [];
  for (let i = 0; i < config.submits; i++) {
    submits.push(
      await measure(async () => {
        const response = await postAnswer(api, "bob", round.id, randomUUID(), answerText(`operations ${i}`));
        if (response.status !== 201) throw new Error(`submit answered ${response.status}`);
      }),
    );
  }
  const after = await httpRequest(url, { token: api.tokens.carol, headers: { "if-none-match": etag } });
  if (after.status !== 200) throw new Error(`after new answers a poll answered ${after.status}, not 200`);
  etag = header(after, "etag") ?? etag;

  const pages: OperationCounts[] = [];
  for (let i = 0; i < config.historyPages; i++) {
    pages.push(
      await measure(async () => {
        const response = await httpRequest(`${api.url}/${historyPath(20)}`, { token: api.tokens.carol });
        if (response.status !== 200) throw new Error(`history answered ${response.status}`);
      }),
    );
  }

  const poll = documentOps(worst(polls));
  const submit = documentOps(worst(submits));
  const page = documentOps(worst(pages));
  const others = (counts: OperationCounts, allowed: OperationKind[]) =>
    DOCUMENT_KINDS.filter((kind) => !allowed.includes(kind)).reduce((sum, kind) => sum + counts[kind], 0);
  const pollOk = poll.read <= 1 && poll.query === 0 && poll.queryPlan === 0 && others(poll, ["read"]) === 0;
  const submitOk = submit.create === 1 && submit.patch === 1 && others(submit, ["create", "patch"]) === 0;
  const pageOk = page.query === 1;
  const note = (samples: OperationCounts[]) => (steady(samples) ? "" : " (varied; worst shown)");
  const rows: Row[] = [
    {
      measure: "Cosmos ops per poll, nothing new (304)",
      value: describeCounts(poll) + note(polls),
      budget: "≤ 1 read, 0 queries",
      verdict: verdict(pollOk),
    },
    {
      measure: "Cosmos ops per answer submit",
      value: describeCounts(submit) + note(submits),
      budget: "1 create + 1 patch",
      verdict: verdict(submitOk),
    },
    {
      measure: "Cosmos ops per history page (20 rounds)",
      value: describeCounts(page) + note(pages),
      budget: "1 query",
      verdict: verdict(pageOk),
    },
  ];
  return {
    id: "operations",
    title: "Cosmos operations per API operation",
    rows,
    notes: [
      `Counted by an HTTPS proxy between the API and the Cosmos-protocol server (the SDK boundary on the wire): read = GET .../docs/{id}, query = POST .../docs with x-ms-documentdb-isquery (or application/query+json), queryPlan = the SDK's query-plan request, create = other POST .../docs, replace = PUT, patch = PATCH, delete = DELETE, batch = transactional batch; requests outside /docs (account, container, partition-key ranges) are metadata and not held against the budget. ${config.polls} polls, ${config.submits} submits, ${config.historyPages} history pages, each alone; the worst repetition is shown.`,
    ],
    details: { polls, submits, pages },
  };
}
