import { createRemoteJWKSet, errors as joseErrors, jwtVerify } from "jose";
import type { JSONWebKeySet, JWTVerifyGetKey } from "jose";
import { HttpError } from "../http/problem";
import type { Identity } from "./identity";

/**
 * Where signing keys come from: the Microsoft identity platform's JWKS (`createRemoteJWKSet`) or
 * the dev key set (`createLocalJWKSet`). Both expose the key set they hold, which is where a key's
 * own `issuer` property is read from.
 */
export type KeySource = JWTVerifyGetKey & { jwks?: () => JSONWebKeySet | undefined };

export interface TokenValidatorOptions {
  keys: KeySource;
  /** The Entra app's client id; v2 tokens carry it as `aud`. */
  clientId: string;
  /** The tab's domain; v1 tokens carry `api://{domain}/{clientId}` as `aud`. */
  domain?: string;
  /**
   * The client apps whose tokens are accepted (`azp` in v2 tokens, `appid` in v1): the Teams
   * clients the Entra app pre-authorizes (`aad.manifest.json`). Another app a user consented to
   * could otherwise call the API with a token meant for Learning Loop.
   */
  clientApps: readonly string[];
}

/** Teams desktop and mobile, and Teams on the web: the clients `aad.manifest.json` pre-authorizes. */
export const TEAMS_CLIENT_APPS = [
  "1fec8e78-bce4-4aaf-ab1b-5451cc387264",
  "5e3ce6c0-2b1f-4285-8d4b-75ee78787346",
] as const;

export interface EntraKeyOptions {
  /** After a refetch, how long an unknown `kid` is refused without fetching again. */
  cooldownMs?: number;
  /** How long the key set is used before it is fetched again anyway. */
  cacheMaxAgeMs?: number;
  timeoutMs?: number;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_SKEW_SECONDS = 300;
/** How long a caller is asked to wait when the key set cannot be fetched. */
const KEYS_RETRY_AFTER_SECONDS = 30;

export type TokenValidator = (token: string) => Promise<Identity>;

/**
 * The Microsoft identity platform's signing keys, fetched once and kept for a day; a token with an
 * unknown `kid` makes one refetch (key rollover), after which unknown kids are refused without
 * fetching for the cooldown, so garbage tokens cannot make the API hammer the endpoint.
 */
export function createEntraKeySource(url: string, options: EntraKeyOptions = {}): KeySource {
  return createRemoteJWKSet(new URL(url), {
    cooldownDuration: options.cooldownMs ?? 5 * 60_000,
    cacheMaxAge: options.cacheMaxAgeMs ?? 24 * 3600_000,
    timeoutDuration: options.timeoutMs ?? 5_000,
  });
}

/** The key set could not be fetched: the caller's token is not at fault, so this is no 401. */
class KeysUnavailable extends Error {}

/**
 * Validates Teams SSO access tokens (docs/architecture.md §4). Dev tokens take exactly this path too, with
 * the dev key set, so what passes locally is what Entra-shaped tokens must satisfy.
 */
export function createTokenValidator(options: TokenValidatorOptions): TokenValidator {
  const audience = [options.clientId];
  if (options.domain) audience.push(`api://${options.domain}/${options.clientId}`);
  const clientApps = new Set(options.clientApps.map((app) => app.toLowerCase()));
  return async (token) => {
    let keyIssuers: string[] = [];
    const getKey: JWTVerifyGetKey = async (header, input) => {
      let key;
      try {
        key = await options.keys(header, input);
      } catch (error) {
        if ("reload" in options.keys && isUnavailable(error)) throw new KeysUnavailable();
        throw error;
      }
      keyIssuers = issuersOfKey(options.keys, header.kid);
      return key;
    };
    let payload;
    try {
      ({ payload } = await jwtVerify(token, getKey, {
        algorithms: ["RS256"],
        audience,
        clockTolerance: MAX_SKEW_SECONDS,
        requiredClaims: ["exp", "iss", "tid", "oid"],
      }));
    } catch (error) {
      if (error instanceof KeysUnavailable) {
        throw new HttpError(
          503,
          "Sign-in keys from the Microsoft identity platform cannot be fetched right now. Try again shortly.",
          undefined,
          { "retry-after": String(KEYS_RETRY_AFTER_SECONDS) },
        );
      }
      throw unauthorized(describe(error));
    }
    const tid = payload.tid;
    const oid = payload.oid;
    if (typeof tid !== "string" || !GUID.test(tid)) throw unauthorized("The token's tenant is not valid.");
    if (typeof oid !== "string" || !GUID.test(oid)) throw unauthorized("The token's user is not valid.");
    const issuers = [`https://login.microsoftonline.com/${tid}/v2.0`, `https://sts.windows.net/${tid}/`];
    if (!issuers.includes(String(payload.iss))) throw unauthorized("The token's issuer is not accepted.");
    // A key with a templated issuer signs for every tenant; a key bound to one tenant only for it.
    if (!keyIssuers.every((issuer) => keyIssuerAllows(issuer, tid))) {
      throw unauthorized("The token was signed with a key that belongs to another tenant.");
    }
    const scopes = typeof payload.scp === "string" ? payload.scp.split(" ") : [];
    if (!scopes.includes("access_as_user")) throw unauthorized("The token lacks the access_as_user scope.");
    const clientApp = payload.azp ?? payload.appid;
    if (typeof clientApp !== "string" || !clientApps.has(clientApp.toLowerCase())) {
      throw unauthorized("The token was issued to an app that may not call this API.");
    }
    const name = typeof payload.name === "string" && payload.name.trim() ? payload.name.trim() : "Someone";
    const roles = Array.isArray(payload.roles)
      ? payload.roles.filter((role): role is string => typeof role === "string").slice(0, 50)
      : [];
    return {
      tid: tid.toLowerCase(),
      oid: oid.toLowerCase(),
      name: name.slice(0, 100),
      ...(roles.length ? { roles } : {}),
    };
  };
}

/** The `issuer` properties of the keys with this `kid` (Microsoft's JWKS carries one per key). */
function issuersOfKey(keys: KeySource, kid: string | undefined): string[] {
  const set = typeof keys.jwks === "function" ? keys.jwks() : undefined;
  if (!set || kid === undefined) return [];
  return set.keys
    .filter((jwk) => jwk.kid === kid)
    .map((jwk) => (jwk as { issuer?: unknown }).issuer)
    .filter((issuer): issuer is string => typeof issuer === "string");
}

/** `https://login.microsoftonline.com/{tenantid}/v2.0` fits any tenant; a GUID in its place only that one. */
export function keyIssuerAllows(keyIssuer: string, tid: string): boolean {
  const effective = keyIssuer.replace(/\{tenantid\}/gi, tid);
  let tenant: string | undefined;
  try {
    tenant = new URL(effective).pathname.split("/")[1];
  } catch {
    return false;
  }
  return !!tenant && tenant.toLowerCase() === tid.toLowerCase();
}

/**
 * For a remote key set: fetch failures, timeouts and malformed key sets, as opposed to a token that
 * matches no key.
 */
function isUnavailable(error: unknown): boolean {
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid) return true;
  if (error instanceof joseErrors.JOSEError) return error.code === "ERR_JOSE_GENERIC";
  return true;
}

function describe(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return "The token has expired.";
  if (error instanceof joseErrors.JWTClaimValidationFailed)
    return `The token's ${error.claim} claim is not accepted.`;
  return "The token is not valid.";
}

const unauthorized = (detail: string) =>
  new HttpError(401, detail, undefined, { "www-authenticate": 'Bearer error="invalid_token"' });
