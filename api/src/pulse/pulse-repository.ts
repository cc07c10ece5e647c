import type { Container } from "@azure/cosmos";
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
export const listPulses = (container: Container, at: Scoped) =>
  queryInScope<PulseDoc>(container, at, { where: 'c.type = "pulse"', orderBy: "c.openedAt ASC" });

/** Creates a pulse unless its month is taken; then the stored one comes back with `created: false`. */
export async function insertPulse(
  container: Container,
  doc: PulseDoc,
): Promise<{ created: boolean; stored: PulseDoc | undefined }> {
  try {
    const { resource } = await withRetry(() => container.items.create<PulseDoc>(doc));
    return { created: true, stored: resource ?? doc };
  } catch (error) {
    if (cosmosStatus(error) !== 409) throw error;
    return { created: false, stored: await readInScope<PulseDoc>(container, doc, doc.id, "pulse") };
  }
}

/**
 * Sets `closedAt`, on condition that nobody wrote the pulse since it was read (Cosmos' `_etag`):
 * of two owners closing at once, the first time wins and the other reads it back.
 */
export async function markPulseClosed(
  container: Container,
  doc: PulseDoc,
  closedAt: string,
): Promise<PulseDoc> {
  try {
    const { resource } = await container
      .item(doc.id, doc.pk)
      .replace<PulseDoc>(
        { ...doc, closedAt },
        { accessCondition: { type: "IfMatch", condition: doc._etag ?? "" } },
      );
    return resource ?? { ...doc, closedAt };
  } catch (error) {
    if (cosmosStatus(error) !== 412) throw error;
    return (await readInScope<PulseDoc>(container, doc, doc.id, "pulse")) ?? { ...doc, closedAt };
  }
}

export const readPulseResponse = (container: Container, at: Scoped, id: string) =>
  readInScope<PulseResponseDoc>(container, at, id, "pulseResponse");

/** Writes a response under its keyed id: a second answer by the same person replaces the first. */
export async function upsertPulseResponse(container: Container, doc: PulseResponseDoc): Promise<void> {
  await withRetry(() => container.items.upsert<PulseResponseDoc>(doc));
}

/** Every response's scores, with the pulse they answer; nothing else is read. */
export const listPulseScores = (container: Container, at: Scoped, pulseIds?: readonly string[]) =>
  queryInScope<{ pulseId: string; scores: PulseScores }>(container, at, {
    select: "c.pulseId, c.scores",
    where: pulseIds
      ? 'c.type = "pulseResponse" AND ARRAY_CONTAINS(@ids, c.pulseId)'
      : 'c.type = "pulseResponse"',
    parameters: pulseIds ? [{ name: "@ids", value: [...pulseIds] }] : [],
  });
