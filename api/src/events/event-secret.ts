import type { Db } from "../cosmos/db";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { EventSecretDoc, EventSecretIndexDoc } from "../cosmos/documents";
import type { Scoped } from "../cosmos/scoped";
import {
  INDEX_ID,
  SECRET_ID,
  indexPk,
  readEventSecret,
  readEventSecretIndex,
  saveEventSecret,
} from "./event-secret-repository";
const SECRET_PREFIX = "llwh_";

function sealingKey(serverSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", serverSecret, "learning-loop", "event-secret/v1", 32));
}

function seal(serverSecret: string, at: Scoped, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealingKey(serverSecret), iv);
  cipher.setAAD(Buffer.from(`${at.tid}|${at.scope}`));
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

function unseal(serverSecret: string, at: Scoped, sealed: string): string | undefined {
  try {
    const bytes = Buffer.from(sealed, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", sealingKey(serverSecret), bytes.subarray(0, 12));
    decipher.setAAD(Buffer.from(`${at.tid}|${at.scope}`));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return undefined;
  }
}

/** Makes a new secret for the scope, replacing any earlier one, and returns it (the only time it is shown). */
export async function rotateEventSecret(
  db: Db,
  at: Scoped,
  createdBy: string,
  serverSecret: string,
  now = new Date(),
): Promise<{ secret: string; createdAt: string }> {
  const secret = `${SECRET_PREFIX}${randomBytes(32).toString("base64url")}`;
  const createdAt = now.toISOString();
  const doc: EventSecretDoc = {
    id: SECRET_ID,
    pk: at.pk,
    tid: at.tid,
    scope: at.scope,
    type: "eventSecret",
    keyId: randomBytes(6).toString("hex"),
    sealed: seal(serverSecret, at, secret),
    createdAt,
    createdBy,
  };
  const index: EventSecretIndexDoc = {
    id: INDEX_ID,
    pk: indexPk(at.scope),
    tid: at.tid,
    scope: at.scope,
    type: "eventSecretIndex",
    updatedAt: createdAt,
  };
  await saveEventSecret(db, doc, index);
  return { secret, createdAt };
}

export async function eventSecretCreatedAt(db: Db, at: Scoped): Promise<string | null> {
  const doc = await readEventSecret(db, at);
  return doc?.createdAt ?? null;
}

/** The scope's secret and the tenant it belongs to, found from the scope alone. */
export async function findEventSecret(
  db: Db,
  scope: string,
  serverSecret: string,
): Promise<{ at: Scoped; secret: string; keyId: string } | undefined> {
  const index = await readEventSecretIndex(db, scope);
  if (!index || index.type !== "eventSecretIndex" || index.scope !== scope) return undefined;
  const at: Scoped = { tid: index.tid, scope, pk: `${index.tid}|${scope}` };
  const doc = await readEventSecret(db, at);
  const secret = doc && unseal(serverSecret, at, doc.sealed);
  return doc && secret ? { at, secret, keyId: doc.keyId } : undefined;
}
