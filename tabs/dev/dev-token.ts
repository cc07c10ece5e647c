import type { DevTokenResponse } from "@learning-loop/contract";
import { decodeJwtPayload } from "../src/auth/jwt-claims";

/** Teams hands out a cached token until shortly before it expires; so does this host. */
const REFRESH_BEFORE_EXPIRY_MS = 5 * 60 * 1000;
const FETCH_TIMEOUT_MS = 10_000;

interface CachedToken extends DevTokenResponse {
  expiresAt: number;
}

async function describeFailure(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { detail?: unknown; title?: unknown };
    const text = body.detail ?? body.title;
    if (typeof text === "string" && text) return text;
  } catch {
    // Not JSON (e.g. the Vite proxy's own error page): the status says enough.
  }
  return response.statusText || "no details";
}

/** `GET /api/dev/token?user=NAME` (same origin; Vite proxies /api to the API), cached per page. */
export class DevTokenSource {
  private cached: CachedToken | undefined;
  private pending: Promise<CachedToken> | undefined;

  constructor(private readonly user: string) {}

  get(): Promise<DevTokenResponse> {
    if (this.cached && Date.now() < this.cached.expiresAt - REFRESH_BEFORE_EXPIRY_MS) {
      return Promise.resolve(this.cached);
    }
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async fetchToken(): Promise<CachedToken> {
    const url = `/api/dev/token?user=${encodeURIComponent(this.user)}`;
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), cache: "no-store" });
    } catch (error) {
      throw new Error(
        `Could not reach ${url} (${error instanceof Error ? error.message : String(error)}). Is the API running?`,
        { cause: error },
      );
    }
    if (!response.ok) {
      throw new Error(
        `Could not get a dev token for ${this.user}: ${url} answered ${response.status} (${await describeFailure(response)}). ` +
          "Is the API running with AUTH_MODE=dev, and is Vite proxying /api to it?",
      );
    }
    const body = (await response.json()) as DevTokenResponse;
    const exp = decodeJwtPayload(body.token)?.exp;
    // Without a readable expiry, do not cache: ask again next time.
    const expiresAt = typeof exp === "number" ? exp * 1000 : 0;
    this.cached = { ...body, expiresAt };
    return this.cached;
  }
}
