import { useEffect, useState } from "react";

/**
 * Calls `then` once the browser is idle after the first paint (at the latest after 3 s): for work a
 * page needs soon but not to become interactive (the outbox, app caching, Live Share, dialogs).
 */
export function whenIdle(then: () => void): () => void {
  if ("requestIdleCallback" in window) {
    const id = window.requestIdleCallback(then, { timeout: 3_000 });
    return () => window.cancelIdleCallback(id);
  }
  const timer = setTimeout(then, 1_000);
  return () => clearTimeout(timer);
}

/**
 * False until the browser is idle after the first paint: for parts that should neither load nor
 * ask the API for anything while the panel is becoming interactive (the team pulse).
 */
export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  return idle;
}
