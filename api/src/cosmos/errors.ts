/** Cosmos SDK errors carry the HTTP status in `code`; network failures carry a Node error code. */
export function cosmosStatus(error: unknown): number | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "number") return code;
  }
  return undefined;
}

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);

/** Used when a 429 names no wait of its own. */
const DEFAULT_THROTTLE_MS = 1_000;

/**
 * A Cosmos DB 429 that outlasted the SDK's own throttling retries (`retryOptions` in
 * container.ts): how long Cosmos asked to wait (`retryAfterInMs`, from `x-ms-retry-after-ms`).
 * Undefined for any other error.
 */
export function throttledFor(error: unknown): number | undefined {
  if (cosmosStatus(error) !== 429) return undefined;
  const ms = (error as { retryAfterInMs?: unknown }).retryAfterInMs;
  return typeof ms === "number" && Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_THROTTLE_MS;
}

/** Unreachable, timed out or failing: worth a retry, and a 503 when it stays so. A 429 is not this (see `throttledFor`). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const status = cosmosStatus(error);
  if (status === 503 || status === 408) return true;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && NETWORK_CODES.has(code)) return true;
    const name = (current as { name?: unknown }).name;
    if (name === "TimeoutError" || name === "AbortError") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
