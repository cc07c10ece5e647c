import { useCallback, useEffect, useRef, useState } from "react";
import { isStatus } from "../api/api-client";

/** What a load hands back: the data and the ETag it carries (what a change is based on). */
export interface Loaded<T> {
  data: T;
  etag: string | null;
}

/** Loads something once it is asked for; `null` while there is nothing to load yet. */
export type Load<T> = ((signal: AbortSignal) => Promise<Loaded<T>>) | null;

export type ResourceState<T> =
  | { state: "idle" }
  | { state: "loading" }
  | { state: "failed"; error: unknown }
  | { state: "ready"; data: T; etag: string | null };

export interface Resource<T> {
  /** Where the load stands; `ready` carries the data and its ETag. */
  current: ResourceState<T>;
  /** The last change was refused with 412: someone changed it meanwhile. Cleared by a new load. */
  stale: boolean;
  /** A change (`save`) is on its way. */
  saving: boolean;
  /** Loads again from scratch (the page shows it loading), e.g. "Try again" or "Reload". */
  retry(): void;
  /** Loads again while what is loaded stays on screen; resolves with the fresh data. */
  refresh(): Promise<T>;
  /** Changes what is loaded here, e.g. with what a save answered; `etag` replaces the kept one. */
  update(change: (data: T) => T, etag?: string | null): void;
  /**
   * Sends a change based on the kept ETag (the writer puts it in `If-Match`). A 412 marks the
   * resource stale before the failure goes back to the caller, whose page says so.
   */
  save<R>(write: (etag: string | null) => Promise<R>): Promise<R>;
}

/**
 * The tab's one way of loading something from the API and changing it with optimistic
 * concurrency: loading / failed / ready states, retry, the ETag kept for `If-Match`, and 412s
 * noticed. A new `load` (its inputs changed) aborts the one in flight, so a slow answer for old
 * inputs never replaces the answer for new ones.
 */
export function useResource<T>(load: Load<T>): Resource<T> {
  const [current, setCurrent] = useState<ResourceState<T>>(load ? { state: "loading" } : { state: "idle" });
  const [stale, setStale] = useState(false);
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const etag = useRef<string | null>(null);
  const latest = useRef(load);
  latest.current = load;

  useEffect(() => {
    if (!load) {
      setCurrent({ state: "idle" });
      return;
    }
    const controller = new AbortController();
    setCurrent({ state: "loading" });
    setStale(false);
    load(controller.signal).then(
      (loaded) => {
        if (controller.signal.aborted) return;
        etag.current = loaded.etag;
        setCurrent({ state: "ready", data: loaded.data, etag: loaded.etag });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setCurrent({ state: "failed", error });
      },
    );
    return () => controller.abort();
  }, [load, attempt]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);

  const refresh = useCallback(async () => {
    const loader = latest.current;
    if (!loader) throw new Error("Nothing to load.");
    const loaded = await loader(new AbortController().signal);
    if (latest.current === loader) {
      etag.current = loaded.etag;
      setStale(false);
      setCurrent({ state: "ready", data: loaded.data, etag: loaded.etag });
    }
    return loaded.data;
  }, []);

  const update = useCallback((change: (data: T) => T, next?: string | null) => {
    if (next !== undefined) etag.current = next;
    setCurrent((previous) =>
      previous.state === "ready"
        ? { state: "ready", data: change(previous.data), etag: etag.current }
        : previous,
    );
  }, []);

  const save = useCallback(async <R>(write: (etag: string | null) => Promise<R>): Promise<R> => {
    setSaving(true);
    try {
      return await write(etag.current);
    } catch (failure) {
      if (isStatus(failure, 412)) setStale(true);
      throw failure;
    } finally {
      setSaving(false);
    }
  }, []);

  return { current, stale, saving, retry, refresh, update, save };
}
