import { EVENT_SIGNATURE_TOLERANCE_SECONDS } from "@learning-loop/contract";
import { createHmac, timingSafeEqual } from "node:crypto";

export interface SignatureHeader {
  timestamp: number;
  /** Every `v1=` value: a sender may sign with more than one secret while it rotates. */
  signatures: string[];
}

/** Parses `t=<unix seconds>,v1=<64 hex>[,v1=…]`; anything else is no signature at all. */
export function parseSignatureHeader(value: string | null): SignatureHeader | null {
  if (!value || value.length > 1000) return null;
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of value.split(",")) {
    const [name, content = ""] = part
      .trim()
      .split("=", 2)
      .map((piece) => piece.trim());
    if (name === "t" && /^\d{1,12}$/.test(content)) timestamp = Number(content);
    else if (name === "v1" && /^[0-9a-f]{64}$/i.test(content)) signatures.push(content.toLowerCase());
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

export const isFresh = (timestamp: number, now: Date) =>
  Math.abs(now.getTime() / 1000 - timestamp) <= EVENT_SIGNATURE_TOLERANCE_SECONDS;

export function sign(secret: string, timestamp: number, rawBody: Uint8Array | string): string {
  return createHmac("sha256", secret)
    .update(`${timestamp}.`)
    .update(typeof rawBody === "string" ? Buffer.from(rawBody, "utf8") : rawBody)
    .digest("hex");
}

/** The `v1` value that matches, compared in constant time, or null. */
export function matchingSignature(
  secret: string,
  header: SignatureHeader,
  rawBody: Uint8Array,
): string | null {
  const expected = Buffer.from(sign(secret, header.timestamp, rawBody), "hex");
  return (
    header.signatures.find((candidate) => {
      const actual = Buffer.from(candidate, "hex");
      return actual.length === expected.length && timingSafeEqual(actual, expected);
    }) ?? null
  );
}
