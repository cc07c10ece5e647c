import type { Container, SqlParameter } from "@azure/cosmos";
import type { ExperimentStatus } from "@learning-loop/contract";
import type { ExperimentDoc } from "../cosmos/documents";
import { createOnce } from "../cosmos/create-once";
import { cosmosStatus } from "../cosmos/errors";
import { queryInScope, readInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

export const readExperiment = (container: Container, at: Scoped, id: string) =>
  readInScope<ExperimentDoc>(container, at, id, "experiment");

/**
 * Creates an experiment, or returns what is stored under its id when the id is taken (a replayed
 * create); `stored` is undefined when the id belongs to something else.
 */
export async function insertExperiment(
  container: Container,
  doc: ExperimentDoc,
): Promise<{ created: true; stored: ExperimentDoc } | { created: false; stored: ExperimentDoc | undefined }> {
  const created = await createOnce(container, doc);
  if (created) return { created: true, stored: created };
  return { created: false, stored: await readExperiment(container, doc, doc.id) };
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
  const conditions = ['c.type = "experiment"'];
  const parameters: SqlParameter[] = [];
  if (roundIds) {
    conditions.push("ARRAY_CONTAINS(@roundIds, c.roundId)");
    parameters.push({ name: "@roundIds", value: roundIds });
  }
  if (status !== undefined) {
    conditions.push("ARRAY_CONTAINS(@statuses, c.status)");
    parameters.push({ name: "@statuses", value: typeof status === "string" ? [status] : [...status] });
  }
  return queryInScope<ExperimentDoc>(container, at, {
    where: conditions.join(" AND "),
    parameters,
    orderBy: "c.createdAt DESC",
  });
}
