import type { Db } from "../cosmos/db";
import { containerOf } from "../cosmos/db";
import type { PulseScores } from "@learning-loop/contract";
import type { PulseDoc, PulseResponseDoc } from "../cosmos/documents";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";
import { queryInScope, readInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";
import { keyedUuid } from "../notifications/derived-uuid";

/** The id of the document that claims a month for a pulse (see PulseDoc). */
export const pulseDocId = (month: string) => `pulse-month-${month}`;

/**
 * A person's response id for a pulse: an HMAC of tenant, person and pulse under the server's
 * anonymity secret, so it can be found again by that person only, and tells nobody else who wrote it.
 */
export const pulseResponseId = (secret: string, tid: string, oid: string, pulseId: string) =>
  keyedUuid(secret, `pulse-response|${tid}|${oid}|${pulseId}`);

/** The scope's pulses, oldest first. */
export const listPulses = (db: Db, at: Scoped) =>
  queryInScope<PulseDoc>(db, at, { where: 'c.type = "pulse"', orderBy: "c.openedAt ASC" });

/** Creates a pulse unless its month is taken; then the stored one comes back with `created: false`. */
export async function insertPulse(
  db: Db,
  doc: PulseDoc,
): Promise<{ created: boolean; stored: PulseDoc | undefined }> {
  try {
    const { resource } = await withRetry(() => containerOf(db).items.create<PulseDoc>(doc));
    return { created: true, stored: resource ?? doc };
  } catch (error) {
    if (cosmosStatus(error) !== 409) throw error;
    return { created: false, stored: await readInScope<PulseDoc>(db, doc, doc.id, "pulse") };
  }
}

/**
 * Sets `closedAt`, on condition that nobody wrote the pulse since it was read (Cosmos' `_etag`):
 * of two owners closing at once, the first time wins and the other reads it back.
 */
export async function markPulseClosed(db: Db, doc: PulseDoc, closedAt: string): Promise<PulseDoc> {
  try {
    const { resource } = await containerOf(db)
      .item(doc.id, doc.pk)
      .replace<PulseDoc>(
        { ...doc, closedAt },
        { accessCondition: { type: "IfMatch", condition: doc._etag ?? "" } },
      );
    return resource ?? { ...doc, closedAt };
  } catch (error) {
    if (cosmosStatus(error) !== 412) throw error;
    return (await readInScope<PulseDoc>(db, doc, doc.id, "pulse")) ?? { ...doc, closedAt };
  }
}

/** The ids of a pulse's responses: how many answered, never who or what. */
export const listPulseResponseIds = (db: Db, at: Scoped, pulseId: string) =>
  queryInScope<{ id: string }>(db, at, {
    select: "c.id",
    where: 'c.type = "pulseResponse" AND c.pulseId = @pulseId',
    parameters: [{ name: "@pulseId", value: pulseId }],
  });

export async function findPulseDoc(db: Db, at: Scoped, pulseId: string): Promise<PulseDoc | undefined> {
  const [doc] = await queryInScope<PulseDoc>(db, at, {
    where: 'c.type = "pulse" AND c.pulseId = @pulseId',
    parameters: [{ name: "@pulseId", value: pulseId }],
  });
  return doc;
}

export const readPulseResponse = (db: Db, at: Scoped, id: string) =>
  readInScope<PulseResponseDoc>(db, at, id, "pulseResponse");

/** Writes a response under its keyed id: a second answer by the same person replaces the first. */
export async function upsertPulseResponse(db: Db, doc: PulseResponseDoc): Promise<void> {
  await withRetry(() => containerOf(db).items.upsert<PulseResponseDoc>(doc));
}

/** Every response's scores, with the pulse they answer; nothing else is read. */
export const listPulseScores = (db: Db, at: Scoped, pulseIds?: readonly string[]) =>
  queryInScope<{ pulseId: string; scores: PulseScores }>(db, at, {
    select: "c.pulseId, c.scores",
    where: pulseIds
      ? 'c.type = "pulseResponse" AND ARRAY_CONTAINS(@ids, c.pulseId)'
      : 'c.type = "pulseResponse"',
    parameters: pulseIds ? [{ name: "@ids", value: [...pulseIds] }] : [],
  });
