/**
 * Whether the live channel can be trusted right now, as a pure state machine with the clock passed
 * in, so the switching is unit-tested rather than timed in a browser. While it is "live", polling
 * is only the safety net (every 15 s or slower); in every other phase the panel polls at today's
 * pace (poll-schedule.ts).
 */
export type LivePhase =
  /** The host has no Live Share (no meeting, a mobile client or guest without it, the host said no). */
  | "unavailable"
  /** Joining the meeting's Live Share session; polling at full pace meanwhile. */
  | "joining"
  /** Connected: signals arrive as rounds change. */
  | "live"
  /** Was live or tried to be, and is not: a failed join or a dropped connection. Rejoining. */
  | "lost";

export interface LiveMode {
  phase: LivePhase;
  /** When the phase began (ms, the injected clock). */
  since: number;
  /** Failed joins or drops in a row, for the rejoin backoff. */
  failures: number;
}

export type LiveEvent =
  | { kind: "unavailable" }
  | { kind: "joining" }
  | { kind: "connected" }
  | { kind: "disconnected" }
  | { kind: "failed" };

/** A join that has not connected after this long counts as failed, and is tried again later. */
export const JOIN_TIMEOUT_MS = 10_000;
export const FIRST_RETRY_MS = 1_000;
export const MAX_RETRY_MS = 30_000;

export const initialLiveMode = (now: number): LiveMode => ({ phase: "joining", since: now, failures: 0 });

export function nextLiveMode(mode: LiveMode, event: LiveEvent, now: number): LiveMode {
  switch (event.kind) {
    case "unavailable":
      return { phase: "unavailable", since: now, failures: 0 };
    case "joining":
      // A rejoin after a drop stays "lost" for the banner and the schedule until it connects.
      return mode.phase === "lost" ? mode : { phase: "joining", since: now, failures: mode.failures };
    case "connected":
      return { phase: "live", since: now, failures: 0 };
    case "disconnected":
    case "failed":
      if (mode.phase === "unavailable") return mode;
      return {
        phase: "lost",
        since: mode.phase === "lost" ? mode.since : now,
        failures: mode.failures + 1,
      };
  }
}

/** How long to wait before rejoining after `failures` failed joins or drops: 1 s, 2 s, 4 s … 30 s. */
export function rejoinDelay(failures: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, Math.min(failures - 1, 10)), MAX_RETRY_MS);
}

/** Whether signals can be relied on, so polling may slow to the safety net. */
export const isLive = (mode: LiveMode) => mode.phase === "live";
