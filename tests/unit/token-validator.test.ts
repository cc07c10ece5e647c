import { SignJWT, exportSPKI, importJWK } from "jose";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  TEAMS_CLIENT_APPS,
  createEntraKeySource,
  createTokenValidator,
  keyIssuerAllows,
} from "../../api/src/auth/token-validator";
import type { TokenValidator } from "../../api/src/auth/token-validator";
import { HttpError } from "../../api/src/http/problem";
import { TEMPLATED_ISSUER, createSigningKey, mintToken, startJwksServer } from "../support/fake-jwks";
import type { JwksServer, MintOptions, SigningKey } from "../support/fake-jwks";

/**
 * The token attack matrix against the validator, with the key set served over HTTP by a local
 * server and fetched through jose's createRemoteJWKSet, as in production.
 */

const CLIENT = "6a2f6f0e-1c4e-4f59-9d36-0d7b1e0c1a11";
const DOMAIN = "tab.example";
const TID = "11111111-1111-4111-8111-111111111111";
const OTHER_TID = "22222222-2222-4222-8222-222222222222";
const OID = "a11ce000-0000-4000-8000-000000000001";
const now = () => Math.floor(Date.now() / 1000);

let key: SigningKey;
let boundToOther: SigningKey;
let boundToOwn: SigningKey;
let jwks: JwksServer;
let validate: TokenValidator;

beforeAll(async () => {
  key = await createSigningKey({ kid: "k1", issuer: TEMPLATED_ISSUER });
  boundToOther = await createSigningKey({
    kid: "bound-other",
    issuer: `https://login.microsoftonline.com/${OTHER_TID}/v2.0`,
  });
  boundToOwn = await createSigningKey({
    kid: "bound-own",
    issuer: `https://login.microsoftonline.com/${TID}/v2.0`,
  });
  jwks = await startJwksServer([key, boundToOther, boundToOwn]);
  validate = createTokenValidator({
    keys: createEntraKeySource(jwks.url),
    clientId: CLIENT,
    domain: DOMAIN,
    clientApps: TEAMS_CLIENT_APPS,
  });
});
afterAll(() => jwks?.close());

const token = (options: Partial<MintOptions> = {}, signer: SigningKey = key) =>
  mintToken(signer, CLIENT, { tid: TID, oid: OID, name: "Alice", ...options });

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HttpError) return error.status;
    throw error;
  }
  return 200;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("token validator", () => {
  it("accepts v2 and v1 tokens and takes identity from tid + oid only", async () => {
    await expect(
      validate(await token({ extra: { preferred_username: "x@y", email: "x@y" } })),
    ).resolves.toEqual({
      tid: TID,
      oid: OID,
      name: "Alice",
    });
    const v1 = await token({ aud: `api://${DOMAIN}/${CLIENT}`, iss: `https://sts.windows.net/${TID}/` });
    await expect(validate(v1)).resolves.toMatchObject({ tid: TID, oid: OID });
  });

  it("accepts tokens Teams asked for, desktop and mobile (azp) or web, v1 (appid) too", async () => {
    const [desktop, web] = TEAMS_CLIENT_APPS;
    await expect(validate(await token({ extra: { azp: desktop } }))).resolves.toMatchObject({ oid: OID });
    await expect(validate(await token({ extra: { azp: web.toUpperCase() } }))).resolves.toMatchObject({
      oid: OID,
    });
    const v1 = await token({
      iss: `https://sts.windows.net/${TID}/`,
      extra: { azp: undefined, appid: desktop },
    });
    await expect(validate(v1)).resolves.toMatchObject({ oid: OID });
  });

  it("accepts a key bound to the token's own tenant, and clock skew up to five minutes", async () => {
    await expect(validate(await token({}, boundToOwn))).resolves.toMatchObject({ oid: OID });
    await expect(validate(await token({ exp: now() - 120 }))).resolves.toMatchObject({ oid: OID });
    await expect(validate(await token({ nbf: now() + 120 }))).resolves.toMatchObject({ oid: OID });
  });

  it.each<[string, () => Promise<string>]>([
    ["no token", async () => ""],
    ["a malformed token", async () => "garbage"],
    ["three parts of nothing", async () => "a.b.c"],
    [
      "alg none",
      async () =>
        `${b64({ alg: "none", typ: "JWT" })}.${b64({ tid: TID, oid: OID, aud: CLIENT, scp: "access_as_user", iss: `https://login.microsoftonline.com/${TID}/v2.0`, exp: now() + 600 })}.`,
    ],
    [
      "HS256 signed with the public key's bytes",
      async () =>
        new SignJWT({ tid: TID, oid: OID, scp: "access_as_user" })
          .setProtectedHeader({ alg: "HS256", kid: "k1" })
          .setIssuer(`https://login.microsoftonline.com/${TID}/v2.0`)
          .setAudience(CLIENT)
          .setExpirationTime("1h")
          .sign(new TextEncoder().encode(await exportSPKI((await importJWK(key.jwk, "RS256")) as CryptoKey))),
    ],
    ["a signature from another key under a known kid", async () => token({ kid: "k1" }, boundToOwn)],
    ["an unknown kid", async () => token({ kid: "unknown" })],
    ["a token expired beyond the 5 minute skew", async () => token({ exp: now() - 400 })],
    ["a token not valid until beyond the skew", async () => token({ nbf: now() + 400 })],
    ["a wrong audience", async () => token({ aud: "3b1e5f7e-0000-4000-8000-000000000000" })],
    ["Microsoft Graph's audience", async () => token({ aud: "00000003-0000-0000-c000-000000000000" })],
    ["a v1 audience for another domain", async () => token({ aud: `api://evil.example/${CLIENT}` })],
    ["a foreign issuer", async () => token({ iss: `https://evil.example/${TID}/v2.0` })],
    [
      "an issuer for another tenant",
      async () => token({ iss: `https://login.microsoftonline.com/${OTHER_TID}/v2.0` }),
    ],
    ["a v1 issuer for another tenant", async () => token({ iss: `https://sts.windows.net/${OTHER_TID}/` })],
    [
      "a tenant that is not a GUID",
      async () => token({ tid: "contoso", iss: "https://login.microsoftonline.com/contoso/v2.0" }),
    ],
    ["a user that is not a GUID", async () => token({ oid: "alice" })],
    ["no scp", async () => token({ scp: null })],
    ["an scp without access_as_user", async () => token({ scp: "User.Read Mail.Read" })],
    [
      "an app-only token (roles, no scp)",
      async () => token({ scp: null, extra: { roles: ["access_as_user"] } }),
    ],
    ["a key bound to another tenant", async () => token({}, boundToOther)],
    [
      "a token issued to another app the user consented to (azp)",
      async () => token({ extra: { azp: "3b1e5f7e-0000-4000-8000-000000000000" } }),
    ],
    [
      "a v1 token issued to another app (appid)",
      async () =>
        token({
          iss: `https://sts.windows.net/${TID}/`,
          extra: { azp: undefined, appid: "3b1e5f7e-0000-4000-8000-000000000000" },
        }),
    ],
    ["a token naming no client app", async () => token({ extra: { azp: undefined } })],
  ])("rejects %s with 401", async (_label, make) => {
    const error = await validate(await make()).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(401);
    expect((error as HttpError).headers["www-authenticate"]).toMatch(/^Bearer/);
  });
});

describe("signing-key issuer", () => {
  it("is what refuses a key bound to another tenant (the rest of that token is valid)", async () => {
    const error = (await validate(await token({}, boundToOther)).catch(
      (caught: unknown) => caught,
    )) as HttpError;
    expect(error.detail).toMatch(/key that belongs to another tenant/);
  });

  it.each([
    [TEMPLATED_ISSUER, TID, true],
    [`https://login.microsoftonline.com/${TID}/v2.0`, TID, true],
    [`https://login.microsoftonline.com/${TID.toUpperCase()}/v2.0`, TID, true],
    [`https://sts.windows.net/${TID}/`, TID, true],
    [`https://login.microsoftonline.com/${OTHER_TID}/v2.0`, TID, false],
    ["not a url", TID, false],
  ])("%s for tenant %s: %s", (issuer, tid, allowed) => {
    expect(keyIssuerAllows(issuer, tid)).toBe(allowed);
  });
});

describe("the remote key set", () => {
  it("refetches once for an unknown kid, then not again until the cooldown has passed", async () => {
    const first = await createSigningKey({ kid: "first" });
    const rotated = await createSigningKey({ kid: "rotated" });
    const server = await startJwksServer([first]);
    // jose times the cooldown with Date.now(), so only Date is faked: the key server's sockets and
    // fetch's timeout keep the real timers.
    const start = Date.now();
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    try {
      const check = createTokenValidator({
        keys: createEntraKeySource(server.url),
        clientId: CLIENT,
        clientApps: TEAMS_CLIENT_APPS,
      });
      await expect(check(await token({}, first))).resolves.toMatchObject({ oid: OID });
      expect(server.fetches()).toBe(1);

      // Just fetched: an unknown kid is refused without fetching again.
      expect(await statusOf(check(await token({}, rotated)))).toBe(401);
      expect(server.fetches()).toBe(1);

      // Microsoft rolls its keys; within the cooldown the new key is still unknown here.
      server.setKeys([first, rotated]);
      expect(await statusOf(check(await token({}, rotated)))).toBe(401);
      expect(server.fetches()).toBe(1);

      // The default cooldown is five minutes: a moment before it ends, still no refetch.
      vi.setSystemTime(start + 5 * 60_000 - 1);
      expect(await statusOf(check(await token({}, rotated)))).toBe(401);
      expect(server.fetches()).toBe(1);

      vi.setSystemTime(start + 5 * 60_000);
      await expect(check(await token({}, rotated))).resolves.toMatchObject({ oid: OID });
      expect(server.fetches()).toBe(2);

      // Garbage kids cannot make the API hammer the key endpoint.
      for (let i = 0; i < 5; i++)
        expect(await statusOf(check(await token({ kid: `junk-${i}` }, rotated)))).toBe(401);
      expect(server.fetches()).toBe(2);
    } finally {
      vi.useRealTimers();
      await server.close();
    }
  });

  it("answers 503 with Retry-After, not 401, when the key set cannot be fetched", async () => {
    const signer = await createSigningKey({ kid: "only" });
    const server = await startJwksServer([signer]);
    server.setFailing(true);
    try {
      const check = createTokenValidator({
        keys: createEntraKeySource(server.url),
        clientId: CLIENT,
        clientApps: TEAMS_CLIENT_APPS,
      });
      const error = await check(await token({}, signer)).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).status).toBe(503);
      expect(Number((error as HttpError).headers["retry-after"])).toBeGreaterThan(0);
      server.setFailing(false);
      await expect(check(await token({}, signer))).resolves.toMatchObject({ oid: OID });
    } finally {
      await server.close();
    }
  });
});
