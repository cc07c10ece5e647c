import type { LessonSort } from "@learning-loop/contract";
import { DomainError } from "../domain/errors";
import type { FeedPosition } from "./lesson-repository";

/**
 * The feed's cursor: the last lesson's position in the page's order. The order is total (the
 * sort key ends with the lesson's id), so one position serves every bucket: the next page asks
 * each bucket for what comes after it. A forged cursor can only move within the caller's own feed.
 */
export function encodeCursor(sort: LessonSort, position: FeedPosition): string {
  const raw =
    sort === "adopted"
      ? { s: sort, k: position.sortKey, c: position.adoptedCount ?? 0 }
      : { s: sort, k: position.sortKey };
  return Buffer.from(JSON.stringify(raw)).toString("base64url");
}

export function decodeCursor(sort: LessonSort, cursor: string): FeedPosition {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    raw = undefined;
  }
  const value = raw as { s?: unknown; k?: unknown; c?: unknown } | undefined;
  const valid =
    typeof value === "object" &&
    value !== null &&
    value.s === sort &&
    typeof value.k === "string" &&
    value.k.length <= 200 &&
    (sort !== "adopted" || (typeof value.c === "number" && Number.isInteger(value.c) && value.c >= 0));
  if (!valid) throw new DomainError("invalid", "Not a cursor of this feed and sort.", "cursor");
  return sort === "adopted"
    ? { sortKey: value.k as string, adoptedCount: value.c as number }
    : { sortKey: value.k as string };
}
