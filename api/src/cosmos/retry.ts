import { isDatabaseUnavailable } from "./errors";

/**
 * Retries an idempotent database operation on 503s, timeouts and lost connections, with exponential
 * backoff and full jitter. A 429 is not retried here: the SDK already retried it within the
 * request's budget (`retryOptions`, container.ts), and the caller is told to come back later. The
 * SDK does not retry 503 on writes.
 */
export async function withRetry<T>(operation: () => Promise<T>, attempts = 3, baseDelayMs = 100): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= attempts || !isDatabaseUnavailable(error)) throw error;
      const delay = Math.random() * baseDelayMs * 2 ** (attempt - 1);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
