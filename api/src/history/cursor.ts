import { createHmac, timingSafeEqual } from "node:crypto";
import { DomainError } from "../domain/errors";

export type CursorSecret = string;

interface Position {
  startedAt: string;
  id: string;
}

/**
 * History cursors are opaque and tamper-proof: the position is signed together with the partition
 * it belongs to, so a modified cursor or one taken from another scope or tenant is refused.
 */
export function encodeCursor(secret: CursorSecret, pk: string, position: Position): string {
  const payload = Buffer.from(JSON.stringify([position.startedAt, position.id])).toString("base64url");
  return `${payload}.${sign(secret, pk, payload)}`;
}

export function decodeCursor(secret: CursorSecret, pk: string, cursor: string): Position {
  const [payload, signature, extra] = cursor.split(".");
  const expected = payload ? Buffer.from(sign(secret, pk, payload)) : undefined;
  if (
    !payload ||
    !signature ||
    extra !== undefined ||
    !expected ||
    !safeEqual(expected, Buffer.from(signature))
  ) {
    throw invalid();
  }
  try {
    const [startedAt, id] = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as unknown[];
    if (typeof startedAt === "string" && typeof id === "string") return { startedAt, id };
  } catch {
    // fall through to the same answer as a bad signature
  }
  throw invalid();
}

const sign = (secret: CursorSecret, pk: string, payload: string) =>
  createHmac("sha256", secret).update(`${pk}\n${payload}`).digest("base64url");

const safeEqual = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);

const invalid = () =>
  new DomainError("invalid", "This cursor is not valid here; start from the first page.", "cursor");
