import { errors as joseErrors, jwtVerify } from "jose";
import type { JWTVerifyGetKey } from "jose";
import { HttpError } from "../http/problem";
import type { Identity } from "./identity";

export interface TokenValidatorOptions {
  /** Where signing keys come from: the Microsoft identity platform's JWKS, or the dev key set. */
  keys: JWTVerifyGetKey;
  /** The Entra app's client id; v2 tokens carry it as `aud`. */
  clientId: string;
  /** The tab's domain; v1 tokens carry `api://{domain}/{clientId}` as `aud`. */
  domain?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_SKEW_SECONDS = 300;

export type TokenValidator = (token: string) => Promise<Identity>;

/**
 * Validates Teams SSO access tokens (ARCHITECTURE §7). Dev tokens take exactly this path too, with
 * the dev key set, so what passes locally is what Entra-shaped tokens must satisfy.
 */
export function createTokenValidator(options: TokenValidatorOptions): TokenValidator {
  const audience = [options.clientId];
  if (options.domain) audience.push(`api://${options.domain}/${options.clientId}`);
  return async (token) => {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, options.keys, {
        algorithms: ["RS256"],
        audience,
        clockTolerance: MAX_SKEW_SECONDS,
        requiredClaims: ["exp", "iss", "tid", "oid"],
      }));
    } catch (error) {
      throw unauthorized(describe(error));
    }
    const tid = payload.tid;
    const oid = payload.oid;
    if (typeof tid !== "string" || !GUID.test(tid)) throw unauthorized("The token's tenant is not valid.");
    if (typeof oid !== "string" || !GUID.test(oid)) throw unauthorized("The token's user is not valid.");
    const issuers = [`https://login.microsoftonline.com/${tid}/v2.0`, `https://sts.windows.net/${tid}/`];
    if (!issuers.includes(String(payload.iss))) throw unauthorized("The token's issuer is not accepted.");
    const scopes = typeof payload.scp === "string" ? payload.scp.split(" ") : [];
    if (!scopes.includes("access_as_user")) throw unauthorized("The token lacks the access_as_user scope.");
    const name = typeof payload.name === "string" && payload.name.trim() ? payload.name.trim() : "Someone";
    return { tid: tid.toLowerCase(), oid: oid.toLowerCase(), name: name.slice(0, 100) };
  };
}

function describe(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return "The token has expired.";
  if (error instanceof joseErrors.JWTClaimValidationFailed)
    return `The token's ${error.claim} claim is not accepted.`;
  return "The token is not valid.";
}

const unauthorized = (detail: string) =>
  new HttpError(401, detail, undefined, { "www-authenticate": 'Bearer error="invalid_token"' });
