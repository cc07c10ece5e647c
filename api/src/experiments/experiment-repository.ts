import type { SqlParameter } from "@azure/cosmos";
import type { Db } from "../cosmos/db";
import { containerOf } from "../cosmos/db";
import type { ExperimentStatus } from "@learning-loop/contract";
import type { ExperimentDoc } from "../cosmos/documents";
import { createOnce } from "../cosmos/create-once";
import { cosmosStatus } from "../cosmos/errors";
import { queryInScope, readInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

export const readExperiment = (db: Db, at: Scoped, id: string) =>
  readInScope<ExperimentDoc>(db, at, id, "experiment");

/**
 * Creates an experiment, or returns what is stored under its id when the id is taken (a replayed
 * create); `stored` is undefined when the id belongs to something else.
 */
export async function insertExperiment(
  db: Db,
  doc: ExperimentDoc,
): Promise<{ created: true; stored: ExperimentDoc } | { created: false; stored: ExperimentDoc | undefined }> {
  const created = await createOnce(db, doc);
  if (created) return { created: true, stored: created };
  return { created: false, stored: await readExperiment(db, doc, doc.id) };
}

/**
 * Replaces an experiment only if nobody wrote it since it was read (Cosmos' own `_etag`), so of two
 * concurrent updates exactly one wins. Returns undefined when the race was lost. Not retried: a
 * write that landed before its connection failed would then lose to itself.
 */
export async function replaceExperiment(db: Db, doc: ExperimentDoc): Promise<ExperimentDoc | undefined> {
  try {
    const { resource } = await containerOf(db)
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
  db: Db,
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
  return queryInScope<ExperimentDoc>(db, at, {
    where: conditions.join(" AND "),
    parameters,
    orderBy: "c.createdAt DESC",
  });
}
