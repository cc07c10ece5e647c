import type { Problem } from "@learning-loop/contract";

/** What the API says beside the problem body, read from its headers. */
export interface ApiErrorDetails {
  /** `X-Problem-Type`: `tenant-not-onboarded`, `not-a-member`, `consent-required`. */
  problemType?: string;
  /** `WWW-Authenticate: Bearer error="interaction_required"`, or Teams refused a token: sign in again. */
  interactionRequired?: boolean;
  /** `Retry-After`, in seconds. */
  retryAfterSeconds?: number;
}

/**
 * A failed API call: the HTTP status and the problem+json body (RFC 9457). A Teams sign-in that
 * failed before any request is a 401 too, so every page treats "sign in needed" the same way.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    readonly details: ApiErrorDetails = {},
  ) {
    super(problem?.detail ?? `Request failed with status ${status}`);
    this.name = "ApiError";
  }
}

/** Reads a failed response into an ApiError, headers included. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  const problem = (await response.json().catch(() => undefined)) as Problem | undefined;
  const retryAfter = Number(response.headers.get("retry-after"));
  return new ApiError(response.status, problem, {
    problemType: response.headers.get("x-problem-type") ?? undefined,
    interactionRequired: /error="?interaction_required/i.test(response.headers.get("www-authenticate") ?? ""),
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  });
}

/** Teams could not hand out a token (consent, MFA, sign-in): the user has to act. */
export function signInRequired(reason: string): ApiError {
  return new ApiError(
    401,
    { type: "about:blank", title: "Unauthorized", status: 401, detail: reason },
    { interactionRequired: true, problemType: "sign-in-required" },
  );
}
