import { OnBehalfOfCredential } from "@azure/identity";
import { Agent } from "node:https";
import type { EntraConfig } from "../config";
import { HttpError } from "../http/problem";
import type { Identity } from "./identity";

/** Microsoft Graph tokens for the calling user, by the on-behalf-of flow. */
export interface GraphTokenSource {
  tokenFor(identity: Identity, userToken: string): Promise<string>;
  /** Drops a cached token that Graph refused. */
  forget(identity: Identity): void;
}

/** Sent with the 401 so that the tab runs its consent flow rather than a plain retry. */
export const CONSENT_REQUIRED = "consent-required";
const MEMBERSHIP_RETRY_AFTER_SECONDS = 30;
/** Reuse a Graph token until this long before it expires. */
const EARLY_REFRESH_MS = 5 * 60_000;
const MAX_CACHED = 10_000;

/**
 * What the token endpoint says when the user must act: consent missing (AADSTS65001), MFA or
 * another interactive step (50076, 50079, 50158), in MSAL's words or Entra's.
 */
const INTERACTION = /interaction_required|consent_required|AADSTS(65001|50076|50079|50158)\b/i;

const isLoopback = (url: string) => /^https:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(url);

type Policies = NonNullable<ConstructorParameters<typeof OnBehalfOfCredential>[0]["additionalPolicies"]>;

export type OboSettings = Pick<
  EntraConfig,
  "clientId" | "clientSecret" | "certificatePath" | "authorityHost" | "graphBaseUrl"
>;

/**
 * One `OnBehalfOfCredential` per exchange (its assertion is the caller's token); the resulting
 * Graph token is kept in memory per (tid, oid) until shortly before it expires. The credential's
 * tenant is the caller's own `tid`, so a multi-tenant app gets a token in the user's home tenant.
 */
export function createOboTokenSource(
  settings: OboSettings,
  log: (line: string) => void = () => undefined,
  now: () => number = Date.now,
): GraphTokenSource {
  const scope = `${new URL(settings.graphBaseUrl).origin}/.default`;
  const cache = new Map<string, { token: string; until: number }>();
  // A local fake of the token endpoint has a self-signed certificate and no instance metadata;
  // only for a loopback authority is either check relaxed.
  const loopback = isLoopback(settings.authorityHost);
  const loopbackAgent = loopback ? new Agent({ rejectUnauthorized: false }) : undefined;
  const additionalPolicies: Policies = loopbackAgent
    ? [
        {
          position: "perCall",
          policy: {
            name: "loopbackAuthorityTls",
            sendRequest: (request, next) => {
              request.agent = loopbackAgent;
              return next(request);
            },
          },
        },
      ]
    : [];
  const key = (identity: Identity) => `${identity.tid}|${identity.oid}`;

  return {
    forget(identity) {
      cache.delete(key(identity));
    },
    async tokenFor(identity, userToken) {
      const cached = cache.get(key(identity));
      if (cached && cached.until > now()) return cached.token;
      if (!settings.clientId || (!settings.clientSecret && !settings.certificatePath)) {
        log(
          "membership: AAD_APP_CLIENT_ID and AAD_APP_CLIENT_SECRET or AAD_APP_CERTIFICATE_PATH are not set",
        );
        throw unavailable("Membership checks through Microsoft Graph are not configured on this server.");
      }
      const common = {
        tenantId: identity.tid,
        clientId: settings.clientId,
        userAssertionToken: userToken,
        authorityHost: settings.authorityHost,
        disableInstanceDiscovery: loopback,
        // Fail fast: a caller waits on this, and the tab offers "Try again".
        retryOptions: { maxRetries: 1, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 },
        additionalPolicies,
      };
      const credential = settings.clientSecret
        ? new OnBehalfOfCredential({ ...common, clientSecret: settings.clientSecret })
        : new OnBehalfOfCredential({ ...common, certificatePath: settings.certificatePath ?? "" });
      let result;
      try {
        result = await credential.getToken(scope);
      } catch (error) {
        throw classify(error, log);
      }
      if (!result?.token) throw unavailable("Microsoft Graph did not issue a token.");
      cache.delete(key(identity));
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
      cache.set(key(identity), { token: result.token, until: result.expiresOnTimestamp - EARLY_REFRESH_MS });
      return result.token;
    },
  };
}

function classify(error: unknown, log: (line: string) => void): HttpError {
  const message = error instanceof Error ? error.message : String(error);
  // Error names and AADSTS codes only: the message can quote request details.
  const code = /AADSTS\d+/.exec(message)?.[0] ?? /^\s*([a-z_]+):/.exec(message)?.[1] ?? "unknown";
  log(`membership: on-behalf-of exchange failed (${error instanceof Error ? error.name : "error"}, ${code})`);
  if (INTERACTION.test(message)) {
    return new HttpError(
      401,
      "Learning Loop needs your consent to check your team and meeting membership. Sign in to continue.",
      undefined,
      {
        "www-authenticate":
          'Bearer error="interaction_required", error_description="consent or sign-in required"',
        "x-problem-type": CONSENT_REQUIRED,
      },
    );
  }
  return unavailable("Your membership cannot be checked right now. Try again shortly.");
}

export const unavailable = (detail: string, retryAfterSeconds = MEMBERSHIP_RETRY_AFTER_SECONDS) =>
  new HttpError(503, detail, undefined, { "retry-after": String(Math.max(1, Math.ceil(retryAfterSeconds))) });
