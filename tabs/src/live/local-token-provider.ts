import type { ITokenProvider, ITokenResponse } from "@fluidframework/azure-client";

const base64url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

/**
 * Tokens for the local Fluid service only (`@fluidframework/azure-local-service`, which checks no
 * signature): the claims it reads, unsigned. Used when the host says the tenant is "local" — the
 * local Teams host page, never Teams, whose tokens come from `LiveShareHost.getFluidToken`. The
 * user is a random id per page load: the local service learns nothing about who is who.
 */
export class LocalTokenProvider implements ITokenProvider {
  private readonly user = { id: crypto.randomUUID(), name: "local" };

  private token(tenantId: string, documentId = ""): Promise<ITokenResponse> {
    const now = Math.round(Date.now() / 1000);
    const claims = {
      documentId,
      scopes: ["doc:read", "doc:write", "summary:write"],
      tenantId,
      user: this.user,
      iat: now,
      exp: now + 60 * 60,
      ver: "1.0",
      jti: crypto.randomUUID(),
    };
    const jwt = `${base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${base64url(JSON.stringify(claims))}.${base64url("unsigned")}`;
    return Promise.resolve({ jwt, fromCache: true });
  }

  fetchOrdererToken(tenantId: string, documentId?: string) {
    return this.token(tenantId, documentId);
  }

  fetchStorageToken(tenantId: string, documentId: string) {
    return this.token(tenantId, documentId);
  }
}
