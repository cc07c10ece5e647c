import { authentication } from "@microsoft/teams-js";
import { signInRequired } from "../auth/api-error";
import { decodeJwtExpiry } from "../auth/jwt-claims";

/** A token is used until this long before it expires, then a fresh one is asked for. */
export const REFRESH_BEFORE_EXPIRY_MS = 5 * 60 * 1000;

let cached: { token: string; expiresAt: number } | undefined;
let pending: Promise<string> | undefined;

/**
 * The caller's Teams SSO token for the API. Kept in memory only (never in storage), reused until
 * five minutes before its `exp`, and asked for again after that; concurrent callers share one
 * request. A refusal from Teams (consent, MFA, not signed in) becomes a 401 `ApiError` with
 * `interactionRequired`, which the problem state answers with a "Sign in" button.
 */
export function getAuthToken(): Promise<string> {
  if (cached && Date.now() < cached.expiresAt - REFRESH_BEFORE_EXPIRY_MS)
    return Promise.resolve(cached.token);
  pending ??= authentication
    .getAuthToken()
    .then(
      (token) => {
        const exp = decodeJwtExpiry(token);
        // Without a readable expiry the token is used once and asked for again next time.
        cached = exp ? { token, expiresAt: exp * 1000 } : undefined;
        return token;
      },
      (error: unknown) => {
        cached = undefined;
        throw signInRequired(error instanceof Error ? error.message : String(error));
      },
    )
    .finally(() => {
      pending = undefined;
    });
  return pending;
}

/** Drops the kept token: after a 401 from the API, or once the user signed in again. */
export function forgetAuthToken(): void {
  cached = undefined;
}
