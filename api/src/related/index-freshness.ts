import type { Handler } from "../http/route";

/**
 * When this instance last changed something in a scope (any successful write request naming it).
 * A related index older than that asks the database before it answers; otherwise it may answer
 * alone for `FRESH_MS` after its last check (docs/memory.md: what another instance wrote shows
 * within a second).
 */
const written = new Map<string, number>();
const KEPT = 10_000;

export const FRESH_MS = 1000;

export function noteScopeWritten(scope: string, at = Date.now()): void {
  written.delete(scope);
  written.set(scope, at);
  if (written.size > KEPT) written.delete(written.keys().next().value!);
}

/** Whether an index last checked at `checkedAt` may answer for `scope` at `now` without the database. */
export const isFresh = (scope: string, checkedAt: number, now = Date.now()): boolean =>
  now - checkedAt < FRESH_MS && (written.get(scope) ?? -Infinity) < checkedAt;

/** Wraps a route's handler: a successful write request in a scope marks that scope written. */
export function notingWrites(handler: Handler): Handler {
  return async (req, context) => {
    const response = await handler(req, context);
    const status = response.status ?? 200;
    if (req.method !== "GET" && req.method !== "HEAD" && status < 400) {
      const scope = req.params.scope ?? req.query.get("scope");
      if (scope) noteScopeWritten(scope);
    }
    return response;
  };
}
