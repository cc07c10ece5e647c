import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair } from "jose";
import type { JWTVerifyGetKey } from "jose";
import { randomUUID } from "node:crypto";
import type { DevUser } from "./dev-fixtures";
import { TEAMS_CLIENT_APPS } from "./token-validator";

/** The client id dev tokens are issued for; any GUID works because nothing outside this process sees it. */
export const DEV_CLIENT_ID = "00000000-0000-4000-8000-00000000dead";
const TOKEN_LIFETIME_SECONDS = 60 * 60;

export interface DevTokenIssuer {
  keys: JWTVerifyGetKey;
  issue(user: DevUser): Promise<string>;
}

/**
 * A key pair made at start, used to sign Entra-shaped v2 access tokens for the dev fixture users.
 * Verification goes through the same validator as real tokens, with this key set instead of the
 * Microsoft identity platform's JWKS.
 */
export async function createDevTokenIssuer(): Promise<DevTokenIssuer> {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const kid = randomUUID();
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  return {
    keys: createLocalJWKSet({ keys: [jwk] }),
    issue: (user) =>
      new SignJWT({
        tid: user.tid,
        oid: user.oid,
        name: user.displayName,
        preferred_username: `${user.name}@example.test`,
        scp: "access_as_user",
        // As Teams on the web asks for it.
        azp: TEAMS_CLIENT_APPS[1],
        ver: "2.0",
        ...(user.roles?.length ? { roles: [...user.roles] } : {}),
      })
        .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
        .setIssuer(`https://login.microsoftonline.com/${user.tid}/v2.0`)
        .setAudience(DEV_CLIENT_ID)
        .setSubject(user.oid)
        .setIssuedAt()
        .setNotBefore("0s")
        .setExpirationTime(`${TOKEN_LIFETIME_SECONDS}s`)
        .sign(privateKey),
  };
}
