import type { Db } from "../cosmos/db";
import { containerOf } from "../cosmos/db";
import type { VerifiedOwnerDoc } from "../cosmos/documents";
import { withRetry } from "../cosmos/retry";
import { readInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

export const verifiedOwnerId = (oid: string) => `verifiedOwner:${oid}`;

export const readVerifiedOwner = (db: Db, at: Scoped, oid: string) =>
  readInScope<VerifiedOwnerDoc>(db, at, verifiedOwnerId(oid), "verifiedOwner");

export async function saveVerifiedOwner(db: Db, doc: VerifiedOwnerDoc): Promise<void> {
  await withRetry(() => containerOf(db).items.upsert(doc));
}
