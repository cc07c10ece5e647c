/**
 * When to look for changes next. Pure, so the schedule is unit-tested rather than timed in a
 * browser. `null` means: stop until something wakes the poller (the panel becomes visible again,
 * the person touches it, the connection returns, Teams shows the cached panel again).
 */
export interface PollSituation {
  /** A round is open: someone may answer any second. */
  roundOpen: boolean;
  /** The document is hidden (minimized, another tab, the side panel closed but cached). */
  hidden: boolean;
  /** Milliseconds since the person last pressed a key or pointed at the panel. */
  idleMs: number;
  /** Polls that failed in a row (network or server trouble). */
  failures: number;
  /** Teams has cached the panel away (app caching). */
  suspended: boolean;
  /** The meeting stage: watched across a room, nobody touches it, so "idle" means nothing there. */
  ignoreIdle?: boolean;
  /** The last failure's Retry-After (429 or 503), in ms: the next poll waits at least this long. */
  retryAfterMs?: number;
  /** The live channel is connected: changes arrive as signals, so polling is only the safety net. */
  live?: boolean;
}

/** Answers must reach other participants within 2 s (docs/architecture.md §7): one poll a second while it matters. */
export const ACTIVE_ROUND_MS = 1_000;
export const WAITING_FOR_ROUND_MS = 5_000;
export const IDLE_AFTER_MS = 3 * 60_000;
export const LONG_IDLE_AFTER_MS = 15 * 60_000;
export const IDLE_ROUND_MS = 5_000;
export const LONG_IDLE_ROUND_MS = 15_000;
export const IDLE_WAITING_MS = 30_000;
export const HIDDEN_ROUND_MS = 15_000;
export const MAX_FAILURE_MS = 30_000;
/** The safety-net poll while Live Share carries the changes: ≤ 4 requests per participant-minute. */
export const LIVE_SAFETY_MS = 15_000;

/**
 * Woken outside the schedule (the person is back, the panel shows again, an action wants fresh
 * data): how long to wait first, so that a poll never goes out before the API's Retry-After ran out
 * (`notBefore`, ms since epoch; 0 when nothing was asked). 0 means poll now.
 */
export const wakeDelay = (notBefore: number, now: number): number => Math.max(0, notBefore - now);

export function nextPollDelay(situation: PollSituation): number | null {
  const { roundOpen, hidden, failures, suspended } = situation;
  if (suspended) return null;
  const idleMs = situation.ignoreIdle ? 0 : situation.idleMs;
  let delay: number | null;
  if (hidden) {
    // Out of sight: keep an open round roughly current, and stop looking for new rounds.
    delay = roundOpen ? HIDDEN_ROUND_MS : null;
  } else if (roundOpen) {
    delay =
      idleMs >= LONG_IDLE_AFTER_MS
        ? LONG_IDLE_ROUND_MS
        : idleMs >= IDLE_AFTER_MS
          ? IDLE_ROUND_MS
          : ACTIVE_ROUND_MS;
  } else {
    // Nothing open: look for a new round now and then, and not at all after a long idle spell.
    delay =
      idleMs >= LONG_IDLE_AFTER_MS ? null : idleMs >= IDLE_AFTER_MS ? IDLE_WAITING_MS : WAITING_FOR_ROUND_MS;
  }
  if (situation.live && delay !== null) delay = Math.max(delay, LIVE_SAFETY_MS);
  if (delay === null || failures === 0) return delay;
  // Trouble: back off exponentially from the normal pace, capped, so a struggling API is not hammered,
  // and never sooner than the API asked (Retry-After), however long that is.
  const backoff = Math.min(
    Math.max(delay, 1_000) * 2 ** Math.min(failures, 10),
    Math.max(MAX_FAILURE_MS, delay),
  );
  return Math.max(backoff, situation.retryAfterMs ?? 0);
}
