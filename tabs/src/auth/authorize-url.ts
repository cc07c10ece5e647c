/** Where auth-start keeps the `state` it sent, for auth-end to compare (the popup's own session). */
export const STATE_KEY = "learning-loop.sign-in.state";

export const DEFAULT_AUTHORITY_HOST = "https://login.microsoftonline.com";

/**
 * Delegated permissions the API uses on behalf of the user (Microsoft Graph). `.default` asks for
 * everything the app registration lists, so the consent screen shows exactly what docs/identity.md
 * registers.
 */
export const CONSENT_SCOPES = ["openid", "profile", "https://graph.microsoft.com/.default"];

export interface AuthorizeRequest {
  clientId: string;
  /** The user's tenant; `organizations` when Teams did not say. */
  tenant: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  loginHint?: string;
  authorityHost?: string;
}

/**
 * The Entra ID authorize URL that asks the user for consent. It requests an authorization code
 * with a PKCE challenge whose verifier is never kept: nobody redeems the code, so it is worthless
 * to anyone who sees it. Consent is what the flow is for; tokens keep coming from Teams.
 */
export function authorizeUrl(request: AuthorizeRequest): string {
  const host = (request.authorityHost || DEFAULT_AUTHORITY_HOST).replace(/\/+$/, "");
  const url = new URL(`${host}/${encodeURIComponent(request.tenant)}/oauth2/v2.0/authorize`);
  url.search = new URLSearchParams({
    client_id: request.clientId,
    response_type: "code",
    response_mode: "fragment",
    redirect_uri: request.redirectUri,
    scope: CONSENT_SCOPES.join(" "),
    state: request.state,
    prompt: "consent",
    code_challenge: request.codeChallenge,
    code_challenge_method: "S256",
    ...(request.loginHint ? { login_hint: request.loginHint } : {}),
  }).toString();
  return url.href;
}

export type SignInResult = { ok: true } | { ok: false; reason: string };

/** What Entra ID sent back to auth-end (`#code=…&state=…` or `#error=…`), checked against the kept state. */
export function readSignInResult(fragment: string, expectedState: string | null): SignInResult {
  const params = new URLSearchParams(fragment.replace(/^[#?]/, ""));
  const error = params.get("error");
  if (error) {
    const description = (params.get("error_description") ?? "").split(/\r?\n/)[0]?.slice(0, 200);
    return { ok: false, reason: description ? `${error}: ${description}` : error };
  }
  if (!expectedState || params.get("state") !== expectedState) {
    return { ok: false, reason: "The sign-in answer does not belong to this sign-in." };
  }
  if (!params.get("code")) return { ok: false, reason: "The sign-in ended without an answer." };
  return { ok: true };
}

const base64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

export function randomToken(bytes = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** An S256 challenge for a random verifier that is then dropped. */
export async function throwawayChallenge(): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(randomToken(48)));
  return base64Url(new Uint8Array(digest));
}
