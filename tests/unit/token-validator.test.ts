import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair } from "jose";
import type { JWK } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { createTokenValidator } from "../../api/src/auth/token-validator";
import { HttpError } from "../../api/src/http/problem";

const CLIENT = "6a2f6f0e-1c4e-4f59-9d36-0d7b1e0c1a11";
const TID = "11111111-1111-4111-8111-111111111111";
const OID = "a11ce000-0000-4000-8000-000000000001";
let privateKey: CryptoKey;
let jwk: JWK;
let validate: ReturnType<typeof createTokenValidator>;

beforeAll(async () => {
  const pair = await generateKeyPair("RS256", { extractable: true });
  privateKey = pair.privateKey;
  jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256" };
  validate = createTokenValidator({
    keys: createLocalJWKSet({ keys: [jwk] }),
    clientId: CLIENT,
    domain: "tab.example",
  });
});

function token(
  claims: Record<string, unknown> = {},
  options: { aud?: string; iss?: string; exp?: string | number; kid?: string } = {},
) {
  return new SignJWT({ tid: TID, oid: OID, scp: "access_as_user", name: "Alice", ...claims })
    .setProtectedHeader({ alg: "RS256", kid: options.kid ?? "k1" })
    .setIssuer(options.iss ?? `https://login.microsoftonline.com/${TID}/v2.0`)
    .setAudience(options.aud ?? CLIENT)
    .setIssuedAt()
    .setExpirationTime(options.exp ?? "1h")
    .sign(privateKey);
}

async function rejection(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HttpError) return error.status;
    throw error;
  }
  return 200;
}

describe("token validator", () => {
  it("accepts v2 and v1 shaped tokens and takes identity from tid + oid", async () => {
    await expect(validate(await token())).resolves.toEqual({ tid: TID, oid: OID, name: "Alice" });
    const v1 = await token(
      {},
      { aud: `api://tab.example/${CLIENT}`, iss: `https://sts.windows.net/${TID}/` },
    );
    await expect(validate(v1)).resolves.toMatchObject({ oid: OID });
  });

  it.each([
    ["a wrong audience", () => token({}, { aud: "00000003-0000-0000-c000-000000000000" })],
    [
      "an issuer for another tenant",
      () => token({}, { iss: "https://login.microsoftonline.com/22222222-2222-4222-8222-222222222222/v2.0" }),
    ],
    [
      "a tenant that is not a GUID",
      () => token({ tid: "contoso" }, { iss: "https://login.microsoftonline.com/contoso/v2.0" }),
    ],
    ["no access_as_user scope", () => token({ scp: "User.Read" })],
    ["an expired token beyond the skew", () => token({}, { exp: Math.floor(Date.now() / 1000) - 600 })],
    ["an unknown key id", () => token({}, { kid: "other" })],
  ])("rejects %s with 401", async (_label, make) => {
    expect(await rejection(validate(await make()))).toBe(401);
  });

  it("rejects alg none and garbage", async () => {
    const header = Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url");
    const body = Buffer.from(
      JSON.stringify({ tid: TID, oid: OID, aud: CLIENT, scp: "access_as_user" }),
    ).toString("base64url");
    expect(await rejection(validate(`${header}.${body}.`))).toBe(401);
    expect(await rejection(validate("garbage"))).toBe(401);
  });
});
