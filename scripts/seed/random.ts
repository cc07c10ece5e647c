import { createHash } from "node:crypto";

/**
 * Determinism for the demo data: the same name always gives the same id and the same "random"
 * choices, so running the seed twice writes the same documents (an upsert, never a duplicate).
 */

/** A UUID (version 4 layout) derived from a name. Answer and experiment ids must be UUIDs. */
export function uuidFor(name: string): string {
  const hex = createHash("sha256").update(`learning-loop-demo|${name}`).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A small seeded generator (mulberry32), seeded from a name. */
export function randomFor(name: string): () => number {
  let state = createHash("sha256").update(name).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, values: readonly T[]): T =>
  values[Math.floor(random() * values.length)]!;
