import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * An anonymous answer stores this proof instead of its author. It is an HMAC over tenant, user and
 * answer id with a server-held secret: without the secret nobody holding the data (a database
 * export, a backup, an admin) can test which user wrote it, and because the answer id is inside,
 * two anonymous answers by one person do not even share a value that would link them.
 */
export function ownerProof(secret: string, tid: string, oid: string, answerId: string): string {
  return createHmac("sha256", secret).update(`${tid}|${oid}|${answerId}`).digest("base64url");
}

export function isOwner(secret: string, proof: string, tid: string, oid: string, answerId: string): boolean {
  const expected = Buffer.from(ownerProof(secret, tid, oid, answerId));
  const actual = Buffer.from(proof);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
