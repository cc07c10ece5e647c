/**
 * The outbox's rules, as pure functions over an immutable queue: every answer is kept under its
 * client-made UUID until the API has it, delivered in the order it was written, retried with
 * backoff after trouble, and given up on only when the API says it can never take it (and even
 * then kept, so its text is not lost).
 */

import { retryAfterMs } from "../api/retry-after";
import { ApiError } from "../auth/api-error";
import { problemText } from "../auth/problem-text";

export type LearningModeTag = "experimental" | "contextual" | "vicarious" | "reflexive";

export interface OutboxEntry {
  /** The answer's id: the API treats a repeat with the same id and content as the same answer. */
  id: string;
  scope: string;
  roundId: string;
  text: string;
  mode: LearningModeTag | null;
  anonymous: boolean;
  /** When it was written (ms since epoch): the delivery order. */
  createdAt: number;
  attempts: number;
  /** Not before this time (ms since epoch). */
  nextAttemptAt: number;
  /** `rejected`: the API refused it for good (the round closed, say); the text stays until discarded. */
  state: "pending" | "rejected";
  /** Why the last attempt failed, for the person: an i18n-neutral reason code plus optional detail. */
  failure: OutboxFailure | null;
}

export interface OutboxFailure {
  /** `busy`: the API asked to slow down (429); `unavailable`: it could not be reached or failed. */
  kind: "offline" | "unavailable" | "busy" | "roundClosed" | "refused";
  detail?: string;
}

export type OutboxQueue = readonly OutboxEntry[];

export const FIRST_RETRY_MS = 1_000;
export const MAX_RETRY_MS = 60_000;

const byWritingOrder = (a: OutboxEntry, b: OutboxEntry) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Adds an answer. Idempotent: an id already queued keeps its first version, so a double submit or
 * a reload that re-reads the store never makes two answers.
 */
export function enqueue(queue: OutboxQueue, entry: OutboxEntry): OutboxQueue {
  if (queue.some((queued) => queued.id === entry.id)) return queue;
  return [...queue, entry].sort(byWritingOrder);
}

/** Restores entries read back from storage (any order, possibly duplicated). */
export function restore(entries: readonly OutboxEntry[]): OutboxQueue {
  return entries.reduce<OutboxQueue>((queue, entry) => enqueue(queue, entry), []);
}

/**
 * Backoff after the n-th failed attempt (n ≥ 1): 1 s, 2 s, 4 s … capped at 60 s, spread by ±20 %
 * (`random` in [0, 1)) so that many panels reconnecting at once do not arrive together.
 */
export function retryDelay(attempts: number, random = 0.5): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
  return Math.round(base * (0.8 + 0.4 * random));
}

const pending = (queue: OutboxQueue) => queue.filter((entry) => entry.state === "pending");

/**
 * The entry to send now, or null. Strictly in writing order: while the oldest pending answer waits
 * for its retry, later ones wait behind it, so answers arrive in the order they were written.
 */
export function nextDue(queue: OutboxQueue, now: number): OutboxEntry | null {
  const head = pending(queue)[0];
  return head && head.nextAttemptAt <= now ? head : null;
}

/** When the next attempt is due (ms since epoch), or null when nothing is pending. */
export function nextWakeAt(queue: OutboxQueue): number | null {
  return pending(queue)[0]?.nextAttemptAt ?? null;
}

export function delivered(queue: OutboxQueue, id: string): OutboxQueue {
  return queue.filter((entry) => entry.id !== id);
}

/**
 * A failed attempt: transient trouble schedules a retry, never sooner than the API's Retry-After
 * (`retryAfterMs`); a permanent refusal parks the entry. Either way the answer stays queued.
 */
export function failed(
  queue: OutboxQueue,
  id: string,
  failure: OutboxFailure,
  permanent: boolean,
  now: number,
  random = 0.5,
  retryAfterMs = 0,
): OutboxQueue {
  return queue.map((entry) => {
    if (entry.id !== id) return entry;
    const attempts = entry.attempts + 1;
    const wait = Math.max(retryDelay(attempts, random), retryAfterMs);
    return permanent
      ? { ...entry, attempts, state: "rejected", failure }
      : { ...entry, attempts, nextAttemptAt: now + wait, failure };
  });
}

/** The connection came back (or the person asked): try every pending answer now, in order. */
export function retryAllNow(queue: OutboxQueue, now: number): OutboxQueue {
  return queue.map((entry) => (entry.state === "pending" ? { ...entry, nextAttemptAt: now } : entry));
}

/** The person asks to send a refused answer again (say, after the round reopened or into a new round). */
export function requeue(queue: OutboxQueue, id: string, now: number, roundId?: string): OutboxQueue {
  return queue.map((entry) =>
    entry.id === id
      ? {
          ...entry,
          ...(roundId ? { roundId } : {}),
          state: "pending",
          attempts: 0,
          nextAttemptAt: now,
          failure: null,
        }
      : entry,
  );
}

export function discard(queue: OutboxQueue, id: string): OutboxQueue {
  return queue.filter((entry) => entry.id !== id);
}

/** Sending now depends on whether an answer with this id can ever be accepted. */
export function classifyFailure(error: unknown): {
  failure: OutboxFailure;
  permanent: boolean;
  /** The API's Retry-After (429, 503) in ms, 0 without one: the retry waits at least this long. */
  retryAfterMs: number;
} {
  const classified = classifyStatus(error);
  return { ...classified, retryAfterMs: classified.permanent ? 0 : retryAfterMs(error) };
}

function classifyStatus(error: unknown): { failure: OutboxFailure; permanent: boolean } {
  const status = typeof error === "object" && error !== null && "status" in error ? error.status : undefined;
  if (typeof status !== "number") {
    // fetch rejects with a TypeError when the network is down; the token call can fail too.
    const offline = typeof navigator !== "undefined" && navigator.onLine === false;
    return { failure: { kind: offline ? "offline" : "unavailable" }, permanent: false };
  }
  const detail = error instanceof ApiError ? problemText(error) : undefined;
  if (status === 429) return { failure: { kind: "busy" }, permanent: false };
  if (status === 408 || status === 425 || status >= 500 || status === 401) {
    return { failure: { kind: "unavailable", ...(detail ? { detail } : {}) }, permanent: false };
  }
  if (status === 409 && problemFields(error).includes("roundId")) {
    return { failure: { kind: "roundClosed" }, permanent: true };
  }
  return { failure: { kind: "refused", ...(detail ? { detail } : {}) }, permanent: true };
}

/** The fields a problem+json error names (`errors[].field`), from an ApiError-shaped value. */
function problemFields(error: unknown): string[] {
  const problem =
    typeof error === "object" && error !== null && "problem" in error
      ? (error.problem as { errors?: { field?: unknown }[] } | undefined)
      : undefined;
  return (problem?.errors ?? []).map((entry) => String(entry.field));
}
