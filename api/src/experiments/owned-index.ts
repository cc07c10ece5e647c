import { createHash } from "node:crypto";
import type { Db } from "../cosmos/db";
import type { ExperimentDoc, OwnedExperimentDoc } from "../cosmos/documents";
import type { Scoped } from "../cosmos/scoped";
import { isClosed } from "./experiment-status";
import { dueOnOf } from "./check-back";
import { ownerOf } from "./experiment-view";
import { listExperiments } from "./experiment-repository";
import { deleteOwned, upsertOwned } from "./owned-repository";

/**
 * The "My experiments" index: a pointer per experiment in its owner's partition (see
 * `OwnedExperimentDoc`). Only owners with an oid have one; a name alone cannot sign in.
 */

/** A person's own partition: `{tid}|owner:{oid}`, which no team or chat scope can be. */
export const ownerPartition = (tid: string, oid: string): Scoped => ({
  tid,
  scope: `owner:${oid}`,
  pk: `${tid}|owner:${oid}`,
});

/** The pointer's id: the same experiment always maps to the same pointer. */
export const pointerId = (scope: string, experimentId: string): string =>
  createHash("sha256").update(`${scope}|${experimentId}`).digest("hex").slice(0, 40);

const FAR_FUTURE = "9999-12-31";
const MAX_TIME = 9_999_999_999_999;

/** Open experiments first, soonest due first (no check-back last); then closed ones, newest first. */
export function sortKeyOf(doc: ExperimentDoc): string {
  if (!isClosed(doc.status)) return `0|${dueOnOf(doc) ?? FAR_FUTURE}|${doc.createdAt}|${doc.id}`;
  const closed = Date.parse(doc.closedAt ?? doc.updatedAt);
  return `1|${String(MAX_TIME - closed).padStart(13, "0")}|${doc.id}`;
}

export function pointerFor(doc: ExperimentDoc, ownerOid: string): OwnedExperimentDoc {
  const at = ownerPartition(doc.tid, ownerOid);
  return {
    id: pointerId(doc.scope, doc.id),
    pk: at.pk,
    tid: at.tid,
    scope: at.scope,
    type: "ownedExperiment",
    experimentScope: doc.scope,
    experimentId: doc.id,
    sortKey: sortKeyOf(doc),
    updatedAt: doc.updatedAt,
  };
}

/**
 * Keeps the index in step after an experiment was written: the pointer of its owner now, and none
 * left with a previous owner. Idempotent, so a replayed request repairs what a failed one left.
 */
export async function syncOwnerIndex(db: Db, doc: ExperimentDoc, before?: ExperimentDoc): Promise<void> {
  const owner = ownerOf(doc.owner)?.oid ?? null;
  const previous = before ? (ownerOf(before.owner)?.oid ?? null) : null;
  if (previous && previous !== owner) await dropPointer(db, doc, previous);
  if (owner) await upsertOwned(db, pointerFor(doc, owner));
}

/** Removes the pointers of every experiment of a scope (the scope is being deleted). */
export async function dropOwnerPointers(db: Db, at: Scoped): Promise<void> {
  for (const doc of await listExperiments(db, at)) {
    const owner = ownerOf(doc.owner)?.oid;
    if (owner) await dropPointer(db, doc, owner);
  }
}

/** Removes one person's pointer to an experiment (they are no longer its owner, or asked to be forgotten). */
export const dropPointer = (db: Db, doc: ExperimentDoc, ownerOid: string) =>
  deleteOwned(db, ownerPartition(doc.tid, ownerOid).pk, pointerId(doc.scope, doc.id));
