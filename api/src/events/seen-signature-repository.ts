import type { Db } from "../cosmos/db";
import { EVENT_SIGNATURE_TOLERANCE_SECONDS } from "@learning-loop/contract";
import { createOnce } from "../cosmos/create-once";
import type { SeenSignatureDoc } from "../cosmos/documents";
import type { Scoped } from "../cosmos/scoped";

/** Records the signature; false when it was seen before. */
export async function firstUse(db: Db, at: Scoped, signature: string, timestamp: number): Promise<boolean> {
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
  return (await createOnce(db, doc)) !== false;
}
