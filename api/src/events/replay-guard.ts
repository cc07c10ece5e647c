import type { Container } from "@azure/cosmos";
import { EVENT_SIGNATURE_TOLERANCE_SECONDS } from "@learning-loop/contract";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";
import type { Scoped } from "../cosmos/scoped";

/**
 * A signature seen once, kept until it could no longer pass the time window anyway. Creating it
 * is the check: a second create of the same id (409) is a replay.
 */
export interface SeenSignatureDoc extends Scoped {
  id: string;
  type: "eventSignature";
  expiresAt: string;
  ttl: number;
}

/** Records the signature; false when it was seen before. */
export async function firstUse(
  container: Container,
  at: Scoped,
  signature: string,
  timestamp: number,
): Promise<boolean> {
  const keepSeconds = 2 * EVENT_SIGNATURE_TOLERANCE_SECONDS;
  const doc: SeenSignatureDoc = {
    id: `eventSignature:${signature}`,
    pk: at.pk,
    tid: at.tid,
    scope: at.scope,
    type: "eventSignature",
    expiresAt: new Date((timestamp + keepSeconds) * 1000).toISOString(),
    ttl: keepSeconds,
  };
  try {
    await withRetry(() => container.items.create(doc));
    return true;
  } catch (error) {
    if (cosmosStatus(error) === 409) return false;
    throw error;
  }
}
