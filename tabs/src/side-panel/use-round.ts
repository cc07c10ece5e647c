import type { RoundView } from "@learning-loop/contract";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, callApi, scopePath } from "../api/api-client";

/** How often to look for changes: fast while someone looks at an open round, slower otherwise. */
export function pollDelay(hasRound: boolean, hidden: boolean): number {
  if (hidden) return 10_000;
  return hasRound ? 1_000 : 3_000;
}

export interface RoundState {
  round: RoundView | null;
  loading: boolean;
  error: unknown;
  /** Takes a round the app just received (started, answered) without waiting for the next poll. */
  adopt(round: RoundView): void;
  refresh(): Promise<void>;
}

/**
 * The meeting's open round, kept fresh by ETag polling: a poll with nothing new costs the API one
 * point read and returns 304.
 */
export function useRound(scope: string, meetingId: string | null): RoundState {
  const [round, setRound] = useState<RoundView | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const current = useRef<RoundView | null>(null);

  const adopt = useCallback((next: RoundView | null) => {
    current.current = next;
    setRound(next);
  }, []);

  const refresh = useCallback(async () => {
    const base = scopePath(scope);
    try {
      const known = current.current;
      if (known && known.status === "open") {
        const result = await callApi<RoundView>(`${base}/rounds/${encodeURIComponent(known.id)}`, {
          ifNoneMatch: known.etag,
        });
        if ("data" in result) adopt(result.data);
      } else {
        const query = meetingId ? `?meetingId=${encodeURIComponent(meetingId)}` : "";
        try {
          const result = await callApi<RoundView>(`${base}/rounds/current${query}`);
          if ("data" in result) adopt(result.data);
        } catch (failure) {
          if (!(failure instanceof ApiError && failure.status === 404)) throw failure;
          if (!known) adopt(null);
        }
      }
      setError(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  }, [scope, meetingId, adopt]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const loop = async () => {
      await refresh();
      if (stopped) return;
      timer = setTimeout(loop, pollDelay(current.current !== null, document.hidden));
    };
    void loop();
    const onVisible = () => {
      if (document.hidden || stopped) return;
      clearTimeout(timer);
      void loop();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [refresh]);

  return { round, loading, error, adopt, refresh };
}
