import { createHash, createHmac } from "node:crypto";

/**
 * A UUID (RFC 9562 version 8, "custom") derived from a name: the same name always gives the same
 * id, so a retried activity or event finds what its first delivery stored instead of adding more.
 */
export function derivedUuid(name: string): string {
  return uuidFrom(createHash("sha256").update(name).digest());
}

/**
 * Like `derivedUuid`, but keyed with a server-held secret (HMAC-SHA256): for names that hold a
 * person (an answer sent from a card), so that nobody without the secret can test which member's
 * name gives an id they see. Without the secret the HMAC is indistinguishable from random, so the
 * id is shaped as a version-4 (random) UUID like those the tabs make: an anonymous answer's id
 * does not tell whether it was sent from a card or from the side panel.
 */
export function keyedUuid(secret: string, name: string): string {
  return uuidFrom(createHmac("sha256", secret).update(name).digest(), 4);
}

function uuidFrom(digest: Buffer, version = 8): string {
  const bytes = digest.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | (version << 4);
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
