import { SignJWT, exportJWK, generateKeyPair } from "jose";
import type { JWK } from "jose";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";

/**
 * A fake of the Microsoft identity platform at its HTTP boundary, for tests: signing keys and
 * Entra-shaped tokens, the JWKS endpoint (plain HTTP on 127.0.0.1) and the token endpoint of the
 * on-behalf-of flow (HTTPS, as MSAL insists, with a self-signed certificate).
 */

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  /** The public JWK as Microsoft publishes it, including its optional `issuer`. */
  jwk: JWK & { issuer?: string };
}

export const TEMPLATED_ISSUER = "https://login.microsoftonline.com/{tenantid}/v2.0";

export async function createSigningKey(options: { kid?: string; issuer?: string } = {}): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = options.kid ?? randomUUID();
  const jwk = {
    ...(await exportJWK(publicKey)),
    kid,
    use: "sig",
    ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
  };
  return { kid, privateKey, jwk };
}

export interface MintOptions {
  tid: string;
  oid: string;
  /** Defaults to the v2 audience (the client id). */
  aud?: string;
  /** Defaults to the v2 issuer of `tid`. */
  iss?: string;
  scp?: string | null;
  /** Seconds since the epoch. */
  exp?: number;
  nbf?: number;
  kid?: string;
  name?: string;
  extra?: Record<string, unknown>;
}

const TEAMS_WEB = "5e3ce6c0-2b1f-4285-8d4b-75ee78787346";

/** An access token shaped like the ones Teams SSO hands out (v2 unless `iss`/`aud` say otherwise). */
export function mintToken(key: SigningKey, clientId: string, options: MintOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    tid: options.tid,
    oid: options.oid,
    name: options.name ?? "Test User",
    ver: options.iss?.startsWith("https://sts.windows.net/") ? "1.0" : "2.0",
    ...(options.scp === null ? {} : { scp: options.scp ?? "access_as_user" }),
    // The client that asked for the token, as Teams on the web does (v2 `azp`, v1 `appid`).
    ...(options.iss?.startsWith("https://sts.windows.net/") ? { appid: TEAMS_WEB } : { azp: TEAMS_WEB }),
    ...options.extra,
  };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: options.kid ?? key.kid, typ: "JWT" })
    .setIssuer(options.iss ?? `https://login.microsoftonline.com/${options.tid}/v2.0`)
    .setAudience(options.aud ?? clientId)
    .setSubject(options.oid)
    .setIssuedAt(now - 60)
    .setNotBefore(options.nbf ?? now - 60)
    .setExpirationTime(options.exp ?? now + 3600)
    .sign(key.privateKey);
}

export interface JwksServer {
  url: string;
  /** How many times the key set was fetched. */
  fetches(): number;
  /** What the endpoint serves from now on. */
  setKeys(keys: SigningKey[]): void;
  /** Makes the endpoint answer 500 (true) or serve keys again (false). */
  setFailing(failing: boolean): void;
  close(): Promise<void>;
}

export async function startJwksServer(keys: SigningKey[]): Promise<JwksServer> {
  let current = keys;
  let fetches = 0;
  let failing = false;
  const server = createServer((_req, res) => {
    fetches++;
    if (failing) {
      res.writeHead(500).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ keys: current.map((key) => key.jwk) }));
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/common/discovery/v2.0/keys`,
    fetches: () => fetches,
    setKeys: (next) => {
      current = next;
    },
    setFailing: (next) => {
      failing = next;
    },
    close: () => close(server),
  };
}

export type OboBehaviour = "issue" | "consent-required" | "server-error";

export interface OboRequest {
  tid: string;
  oid: string;
  clientId: string;
  scope: string;
}

export interface FakeAuthority {
  /** For AAD_APP_OAUTH_AUTHORITY_HOST. */
  authorityHost: string;
  /** Every on-behalf-of exchange, in order (metadata requests not counted). */
  requests: OboRequest[];
  /** How to answer exchanges for one user (by oid), or for everyone (`*`). */
  behave(oid: string, behaviour: OboBehaviour): void;
  close(): Promise<void>;
}

/**
 * The `/{tenant}/v2.0/.well-known/openid-configuration` and `/{tenant}/oauth2/v2.0/token` routes
 * MSAL uses for on-behalf-of. The Graph token it issues is `fake-graph.{tid}.{oid}.{n}`, which the
 * fake Graph reads to know who is calling. The assertion is only decoded here; the API validated it.
 */
export async function startFakeAuthority(): Promise<FakeAuthority> {
  const requests: OboRequest[] = [];
  const behaviours = new Map<string, OboBehaviour>();
  const server = createHttpsServer(selfSignedCertificate(), (req, res) => {
    void answerAuthority(req, res);
  });
  let issued = 0;
  const base = () => `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function answerAuthority(req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req);
    const url = new URL(req.url ?? "/", base());
    const [tenant = "", ...rest] = url.pathname.split("/").filter(Boolean);
    const route = rest.join("/");
    if (req.method === "GET" && route === "v2.0/.well-known/openid-configuration") {
      return sendJson(res, 200, {
        issuer: `${base()}/${tenant}/v2.0`,
        token_endpoint: `${base()}/${tenant}/oauth2/v2.0/token`,
        authorization_endpoint: `${base()}/${tenant}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${base()}/${tenant}/oauth2/v2.0/logout`,
        jwks_uri: `${base()}/${tenant}/discovery/v2.0/keys`,
        response_types_supported: ["code", "id_token", "token"],
      });
    }
    if (req.method !== "POST" || route !== "oauth2/v2.0/token")
      return sendJson(res, 404, { error: "not_found" });
    const form = new URLSearchParams(body);
    const claims = decodePayload(form.get("assertion") ?? "");
    const oid = String(claims.oid ?? "");
    requests.push({
      tid: tenant,
      oid,
      clientId: form.get("client_id") ?? "",
      scope: form.get("scope") ?? "",
    });
    if (
      form.get("grant_type") !== "urn:ietf:params:oauth:grant-type:jwt-bearer" ||
      !form.get("client_secret")
    ) {
      return sendJson(res, 400, { error: "invalid_request", error_description: "AADSTS900144: bad request" });
    }
    const behaviour = behaviours.get(oid) ?? behaviours.get("*") ?? "issue";
    if (behaviour === "consent-required") {
      return sendJson(res, 400, {
        error: "invalid_grant",
        error_description:
          "AADSTS65001: The user or administrator has not consented to use the application. Send an interactive authorization request for this user and resource.",
        error_codes: [65001],
        suberror: "consent_required",
      });
    }
    if (behaviour === "server-error") return sendJson(res, 500, { error: "temporarily_unavailable" });
    issued++;
    return sendJson(res, 200, {
      token_type: "Bearer",
      scope: form.get("scope"),
      expires_in: 3600,
      ext_expires_in: 3600,
      access_token: `fake-graph.${tenant}.${oid}.${issued}`,
    });
  }

  await listen(server);
  return {
    authorityHost: base(),
    requests,
    behave: (oid, behaviour) => behaviours.set(oid, behaviour),
    close: () => close(server),
  };
}

/** The Cosmos-protocol server package ships a self-signed pair; good enough for a loopback fake. */
function selfSignedCertificate() {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@vercel/cosmosdb-server/package.json"));
  return { key: readFileSync(path.join(dir, "key.pem")), cert: readFileSync(path.join(dir, "cert.pem")) };
}

function decodePayload(token: string): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as Record<
      string,
      unknown
    >;
  } catch {
    return {};
  }
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (text += chunk));
    req.on("end", () => resolve(text));
    req.on("error", reject);
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

export async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
