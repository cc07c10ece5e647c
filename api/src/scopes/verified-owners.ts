import type { ScopeAccess } from "../auth/identity";
import type { Db } from "../cosmos/db";
import type { Scoped } from "../cosmos/scoped";
import { readVerifiedOwner, saveVerifiedOwner, verifiedOwnerId } from "./verified-owner-repository";

/** How long the bot trusts an owner role the API verified: a demoted owner keeps it at most this long. */
export const OWNER_RECORD_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Each instance writes a person's record at most this often. */
const REWRITE_MS = 6 * 60 * 60 * 1000;
const written = new Map<string, number>();

/**
 * Remembers that the API verified this caller as an owner of the scope (Graph, docs/architecture.md
 * §4), for card actions only owners may take: the bot sees who clicked, not their role.
 */
export async function rememberOwner(db: Db, access: ScopeAccess, now = new Date()): Promise<void> {
  if (access.role !== "owner") return;
  const key = `${access.pk}\n${access.oid}`;
  const last = written.get(key);
  if (last !== undefined && now.getTime() - last < REWRITE_MS) return;
  written.set(key, now.getTime());
  if (written.size > 10_000) written.delete(written.keys().next().value!);
  await saveVerifiedOwner(db, {
    id: verifiedOwnerId(access.oid),
    pk: access.pk,
    tid: access.tid,
    scope: access.scope,
    type: "verifiedOwner",
    oid: access.oid,
    seenAt: now.toISOString(),
    ttl: OWNER_RECORD_DAYS * 24 * 60 * 60,
  });
}

/** Whether the API verified this person as an owner of the scope within `OWNER_RECORD_DAYS`. */
export async function isVerifiedOwner(db: Db, at: Scoped, oid: string, now = new Date()): Promise<boolean> {
  const doc = await readVerifiedOwner(db, at, oid);
  return doc !== undefined && now.getTime() - Date.parse(doc.seenAt) < OWNER_RECORD_DAYS * DAY_MS;
}
