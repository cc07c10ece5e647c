import type { HttpRequest, InvocationContext } from "@azure/functions";
import type { ApiResponse } from "./response";
import { HttpError, problemResponse } from "./problem";
import { isDatabaseUnavailable, throttledFor } from "../cosmos/errors";
import { DomainError } from "../domain/errors";
import { invocationLog } from "../telemetry/logger";

const DOMAIN_STATUS = { "not-found": 404, forbidden: 403, conflict: 409, stale: 412, invalid: 400 } as const;

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type Handler = (req: HttpRequest, context: InvocationContext) => Promise<ApiResponse>;

/** One entry of the route table: the same shape feeds `app.http` and the built-in local host. */
export interface Route {
  name: string;
  methods: HttpMethod[];
  /** Functions route template under /api, e.g. `scopes/{scope}/rounds/{roundId}`. */
  route: string;
  handler: Handler;
  /**
   * How the rate limits see the route (limits/rate-limits.ts): by the caller's user token (the
   * default), by its `{scope}` alone (`scope`: routes authenticated otherwise, the signed events),
   * or not at all (`none`).
   */
  limit?: "scope" | "none";
}

/**
 * Wraps a handler so that every failure leaves as problem+json: expected ones with their status,
 * a database still throttling after the SDK's own retries as 429 with its Retry-After, an
 * unreachable database as 503 with Retry-After, anything else as a logged 500 that names only
 * the invocation id (never request content).
 */
export function guarded(handler: Handler, tabOrigin?: string): Handler {
  return async (req, context) => {
    const response = await answer(handler, req, context);
    const crossOrigin =
      tabOrigin !== undefined && req.headers.get("origin")?.replace(/\/+$/, "") === tabOrigin;
    return crossOrigin ? { ...response, headers: { ...EXPOSED, ...response.headers } } : response;
  };
}

/**
 * In Azure the tab calls the Function App cross-origin, and the platform's CORS setting cannot
 * expose response headers; without this the tab could not read ETags, Retry-After or the reasons
 * of a 401. Other origins get no CORS headers at all.
 */
const EXPOSED = {
  "access-control-expose-headers": "ETag, Retry-After, WWW-Authenticate, Content-Disposition, X-Problem-Type",
};

async function answer(handler: Handler, req: HttpRequest, context: InvocationContext): Promise<ApiResponse> {
  try {
    return await handler(req, context);
  } catch (error) {
    if (error instanceof HttpError) {
      return problemResponse(error.status, error.detail, error.errors, error.headers);
    }
    if (error instanceof DomainError) {
      const errors = error.field ? [{ field: error.field, message: error.message }] : undefined;
      return problemResponse(DOMAIN_STATUS[error.kind], error.message, errors);
    }
    const throttledMs = throttledFor(error);
    if (throttledMs !== undefined) {
      context.warn(`database throttled (invocation ${context.invocationId})`);
      return problemResponse(429, "The database is busy right now. Try again shortly.", undefined, {
        "retry-after": String(Math.max(1, Math.ceil(throttledMs / 1000))),
      });
    }
    if (isDatabaseUnavailable(error)) {
      invocationLog(context).warn(`database unavailable (invocation ${context.invocationId})`);
      return problemResponse(503, "The database is not reachable right now. Try again shortly.", undefined, {
        "retry-after": "5",
      });
    }
    invocationLog(context).error(
      `unhandled error in ${context.functionName} (invocation ${context.invocationId}): ${
        error instanceof Error ? error.name + ": " + error.message.slice(0, 200) : "unknown"
      }`,
    );
    return problemResponse(500, `Something went wrong. Reference: ${context.invocationId}.`);
  }
}
