import type { Container, SqlParameter } from "@azure/cosmos";
import type { ExperimentStatus } from "@learning-loop/contract";
import type { ExperimentDoc } from "../cosmos/documents";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";

type Scoped = { pk: string; tid: string; scope: string };

/** A point read that also checks tenant, scope and type: the local server does not scope reads by partition. */
export async function readExperiment(
  container: Container,
  at: Scoped,
  id: string,
): Promise<ExperimentDoc | undefined> {
  const { resource } = await withRetry(() => container.item(id, at.pk).read<ExperimentDoc>());
  if (!resource || resource.type !== "experiment" || resource.tid !== at.tid || resource.scope !== at.scope) {
    return undefined;
  }
  return resource;
}

/**
 * Creates an experiment, or returns what is stored under its id when the id is taken (a replayed
 * create); `stored` is undefined when the id belongs to something else.
 */
export async function insertExperiment(
  container: Container,
  doc: ExperimentDoc,
): Promise<{ created: true; stored: ExperimentDoc } | { created: false; stored: ExperimentDoc | undefined }> {
  try {
    const { resource } = await withRetry(() => container.items.create<ExperimentDoc>(doc));
    return { created: true, stored: resource ?? doc };
  } catch (error) {
    if (cosmosStatus(error) !== 409) throw error;
    return { created: false, stored: await readExperiment(container, doc, doc.id) };
  }
}

/**
 * Replaces an experiment only if nobody wrote it since it was read (Cosmos' own `_etag`), so of two
 * concurrent updates exactly one wins. Returns undefined when the race was lost. Not retried: a
 * write that landed before its connection failed would then lose to itself.
 */
export async function replaceExperiment(
  container: Container,
  doc: ExperimentDoc,
): Promise<ExperimentDoc | undefined> {
  try {
    const { resource } = await container
      .item(doc.id, doc.pk)
      .replace<ExperimentDoc>(doc, { accessCondition: { type: "IfMatch", condition: doc._etag ?? "" } });
    return resource ?? doc;
  } catch (error) {
    if (cosmosStatus(error) === 412) return undefined;
    throw error;
  }
}

export interface ExperimentFilter {
  /** Only experiments that came from these rounds. */
  roundIds?: string[];
  /** One status, or any of several. */
  status?: ExperimentStatus | readonly ExperimentStatus[];
}

/** A scope's experiments, newest first, in one query. */
export async function listExperiments(
  container: Container,
  at: Scoped,
  filter: ExperimentFilter = {},
): Promise<ExperimentDoc[]> {
  const { roundIds, status } = filter;
  if (roundIds?.length === 0) return [];
  const conditions = ["c.pk = @pk", "c.tid = @tid", "c.scope = @scope", 'c.type = "experiment"'];
  const parameters: SqlParameter[] = [
    { name: "@pk", value: at.pk },
    { name: "@tid", value: at.tid },
    { name: "@scope", value: at.scope },
  ];
  if (roundIds) {
    conditions.push("ARRAY_CONTAINS(@roundIds, c.roundId)");
    parameters.push({ name: "@roundIds", value: roundIds });
  }
  if (status !== undefined) {
    conditions.push("ARRAY_CONTAINS(@statuses, c.status)");
    parameters.push({ name: "@statuses", value: typeof status === "string" ? [status] : [...status] });
  }
  const { resources } = await withRetry(() =>
    container.items
      .query<ExperimentDoc>(
        { query: `SELECT * FROM c WHERE ${conditions.join(" AND ")} ORDER BY c.createdAt DESC`, parameters },
        { partitionKey: at.pk },
      )
      .fetchAll(),
  );
  return resources;
}
