import { ApiError } from "../auth/api-error";

/** The statuses after which the API (or the platform before it) asks the tab to come back later. */
const BUSY = new Set([429, 503]);

/**
 * How long to wait before asking the API again after this failure: its Retry-After for a 429 (too
 * many requests) or a 503 (unavailable), in milliseconds; 0 when it named none or the failure is
 * of another kind. The poller and the outbox wait at least this long, on top of their own backoff.
 */
export function retryAfterMs(error: unknown): number {
  if (!(error instanceof ApiError) || !BUSY.has(error.status)) return 0;
  return (error.details.retryAfterSeconds ?? 0) * 1000;
}

/** The API says "too many requests": the calm "busy" sentence, not "can't be reached". */
export const isBusy = (error: unknown): boolean => error instanceof ApiError && error.status === 429;
