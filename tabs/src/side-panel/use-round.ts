import type { RoundView } from "@learning-loop/contract";
import { useCallback, useEffect, useRef, useState } from "react";
import { callApi, isStatus, scopePath, takeSettled } from "../api/api-client";
import { isBusy, retryAfterMs } from "../api/retry-after";
import { ApiError } from "../auth/api-error";
import { sidePanelPaths } from "./start-paths";
import { isSuspended, onSuspendedChange } from "../teams/app-caching";
import { idleFor, onWake } from "./activity";
import { nextPollDelay, wakeDelay } from "./poll-schedule";
import { isLive } from "../live/live-mode";
import { versionOf } from "../live/live-signal";
import { liveMode, noteVersion, onLiveMode, onRoundSignal } from "../live/live-status";
import { startLive } from "../live/start-live";
import { shouldAdopt } from "./round-logic";

export interface RoundState {
  round: RoundView | null;
  loading: boolean;
  /** A failure that will not pass by itself (no access, bad request): shown as a problem. */
  error: unknown;
  /** Polls that failed in a row for passing reasons (network, server): the banner mentions it. */
  failures: number;
  /** The last poll failed because the API asked to slow down (429): the banner says "busy". */
  busy: boolean;
  /** Replaces the round with one the app just received (started, answered, closed), or a local edit of it. */
  update(change: RoundView | null | ((round: RoundView | null) => RoundView | null)): void;
  /** Looks for changes now, outside the schedule. */
  refresh(): void;
}

/**
 * The round from the side panel's prefetch (start-paths.ts) if its answer is already in: the round,
 * `null` for none (404), or `undefined` when the first poll has to ask (not in yet, or a failure,
 * which that poll then meets and reports as it always does).
 */
function earlyRound(scope: string, meetingId: string | null): RoundView | null | undefined {
  const early = takeSettled<RoundView>(sidePanelPaths(scope, meetingId).currentRound);
  if (!early) return undefined;
  if ("value" in early) return early.value.data;
  return isStatus(early.error, 404) ? null : undefined;
}

const isPassing = (error: unknown) =>
  !(error instanceof ApiError) || error.status >= 500 || error.status === 408 || error.status === 429;

/**
 * The meeting's round, kept fresh by ETag polling (a poll with nothing new costs the API one point
 * read and a 304). The pace follows `nextPollDelay`: every second while a round is open and
 * someone looks, slower when hidden or idle, not at all while Teams has the panel cached away.
 * While the meeting's Live Share channel is connected (src/live/), a signal from the client that
 * changed the round triggers the same conditional GET at once, and polling slows to a safety net.
 */
export function useRound(
  scope: string,
  meetingId: string | null,
  options: { ignoreIdle?: boolean } = {},
): RoundState {
  // The meeting's round as the page's prefetch already has it: the first screen draws with it.
  const [early] = useState(() => earlyRound(scope, meetingId));
  const [round, setRound] = useState<RoundView | null>(early ?? null);
  const [loading, setLoading] = useState(early === undefined);
  const [error, setError] = useState<unknown>(null);
  const [failures, setFailures] = useState(0);
  const [busy, setBusy] = useState(false);
  /** The last failure's Retry-After, in ms, and the time before which no poll goes out because of it. */
  const retryAfter = useRef(0);
  const notBefore = useRef(0);
  const current = useRef<RoundView | null>(early ?? null);
  const wake = useRef<() => void>(() => undefined);
  /** A signal named a round other than the one held: look for the meeting's current round. */
  const lookForCurrent = useRef(false);
  const { ignoreIdle = false } = options;
  /** `early` until the poll loop has started: a later restart (a new scope) polls at once. */
  const startedWith = useRef(early);

  const update = useCallback<RoundState["update"]>((change) => {
    const next = typeof change === "function" ? change(current.current) : change;
    current.current = next;
    if (next) noteVersion(next.id, versionOf(next.etag));
    setRound(next);
  }, []);

  /**
   * One poll: "ok", "passing" trouble (network, server: back off and retry) or "permanent" (no
   * access, bad request: polling again would only repeat it, so it waits to be woken).
   */
  const poll = useCallback(async (): Promise<"ok" | "passing" | "permanent"> => {
    try {
      const known = current.current;
      const elsewhere = lookForCurrent.current;
      lookForCurrent.current = false;
      if (known && known.status === "open" && !elsewhere) {
        try {
          const result = await callApi<RoundView>(
            `${scopePath(scope)}/rounds/${encodeURIComponent(known.id)}`,
            {
              ifNoneMatch: known.etag,
            },
          );
          if ("data" in result && shouldAdopt(current.current, result.data)) update(result.data);
        } catch (failure) {
          // The round went away (its scope was purged): look for the meeting's current one instead.
          if (!(failure instanceof ApiError && failure.status === 404)) throw failure;
          update(null);
        }
      } else {
        try {
          const result = await callApi<RoundView>(sidePanelPaths(scope, meetingId).currentRound);
          if (shouldAdopt(current.current, result.data)) update(result.data);
        } catch (failure) {
          // No open round: keep showing the one that just closed, if any.
          if (!(failure instanceof ApiError && failure.status === 404)) throw failure;
        }
      }
      setError(null);
      setFailures(0);
      setBusy(false);
      retryAfter.current = 0;
      return "ok";
    } catch (failure) {
      if (isPassing(failure)) {
        retryAfter.current = retryAfterMs(failure);
        notBefore.current = Date.now() + retryAfter.current;
        setBusy(isBusy(failure));
        setFailures((count) => count + 1);
        return "passing";
      }
      setError(failure);
      return "permanent";
    } finally {
      setLoading(false);
    }
  }, [scope, meetingId, update]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let running = false;
    let again = false;
    let failuresInRow = 0;

    const run = async () => {
      clearTimeout(timer);
      timer = undefined;
      if (running) {
        again = true;
        return;
      }
      running = true;
      const outcome = await poll();
      running = false;
      if (stopped) return;
      failuresInRow = outcome === "passing" ? failuresInRow + 1 : 0;
      if (again) {
        again = false;
        void run();
        return;
      }
      if (outcome === "permanent") return;
      schedule();
    };
    const schedule = () => {
      const delay = nextPollDelay({
        roundOpen: current.current?.status === "open",
        hidden: document.hidden,
        idleMs: idleFor(),
        failures: failuresInRow,
        suspended: isSuspended(),
        ignoreIdle,
        retryAfterMs: retryAfter.current,
        live: isLive(liveMode()),
      });
      if (delay !== null) timer = setTimeout(run, delay);
    };
    wake.current = () => {
      if (stopped) return;
      // Woken (the person is back, the panel shows again): still not before the API's Retry-After.
      const wait = wakeDelay(notBefore.current, Date.now());
      if (wait > 0) {
        clearTimeout(timer);
        timer = setTimeout(run, wait);
        return;
      }
      void run();
    };

    // A round the page started with is fresh: the first poll comes at the usual pace after it.
    if (startedWith.current === undefined) void run();
    else {
      const known = startedWith.current;
      if (known) noteVersion(known.id, versionOf(known.etag));
      schedule();
    }
    startedWith.current = undefined;
    const onVisibility = () => {
      if (!document.hidden) wake.current();
    };
    const onOnline = () => wake.current();
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("online", onOnline);
    const stopWake = onWake(() => wake.current());
    const stopSuspend = onSuspendedChange((suspended) => {
      if (suspended) clearTimeout(timer);
      else wake.current();
    });
    // Live or not any more: catch up now (a signal may have been missed) and take the new pace.
    const stopMode = onLiveMode(() => wake.current());
    const stopSignals = onRoundSignal((signal) => {
      // Cached away by Teams: it catches up when shown again.
      if (isSuspended()) return;
      const known = current.current;
      if (known?.id === signal.roundId && (versionOf(known.etag) ?? -1) >= signal.version) return;
      if (known?.id !== signal.roundId) lookForCurrent.current = true;
      wake.current();
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("online", onOnline);
      stopWake();
      stopSuspend();
      stopMode();
      stopSignals();
    };
  }, [poll, ignoreIdle]);

  // Live Share loads after the first render, off the path to an interactive panel.
  useEffect(() => {
    if (!loading) startLive(meetingId);
  }, [loading, meetingId]);

  const refresh = useCallback(() => wake.current(), []);
  return { round, loading, error, failures, busy, update, refresh };
}
