import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import { loadConfig } from "../../api/src/config";
import { startLocalHost } from "../../api/src/local/http-host";
import type { LocalHost } from "../../api/src/local/http-host";
import { createRoutes } from "../../api/src/routes";
import { createServices } from "../../api/src/services";
import { devToken, scopePath } from "../support/api-client";

/**
 * CORS on the built-in host: only the tab's origin (TAB_ORIGIN) gets a preflight answer and
 * Access-Control-Allow-Origin; any other origin gets no CORS headers at all, so browsers refuse
 * to hand it the response.
 */

const TAB = "https://tab.example:53000";
const EVIL = "https://evil.example";
const TEAM = "team:dev-team";
let api: LocalHost;
let closed: LocalHost;

beforeAll(async () => {
  const config = loadConfig({
    AUTH_MODE: "dev",
    COSMOS_ENDPOINT: inject("cosmosEndpoint"),
    COSMOS_DATABASE: `test-${randomUUID()}`,
    TAB_ORIGIN: `${TAB}/`,
  });
  const services = await createServices(config);
  api = await startLocalHost(createRoutes(services), { port: 0, tabOrigin: config.tabOrigin });
  closed = await startLocalHost(createRoutes(services), { port: 0, tabOrigin: "" });
});
afterAll(async () => {
  await api?.close();
  await closed?.close();
});

const preflight = (host: LocalHost, origin: string, method = "POST") =>
  fetch(`${host.url}/${scopePath(TEAM)}/rounds`, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": method,
      "access-control-request-headers": "authorization, content-type",
    },
  });

describe("CORS", () => {
  it("answers a preflight from the tab's origin", async () => {
    const response = await preflight(api, TAB);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(TAB);
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    expect(response.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
    expect(response.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("if-match");
    // The tab names the meeting it runs in on team scopes (docs/identity.md §4).
    expect(response.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("x-meeting-id");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("gives another origin's preflight no CORS headers", async () => {
    for (const origin of [EVIL, "null", "https://tab.example:53001", "http://tab.example:53000"]) {
      const response = await preflight(api, origin);
      expect(response.status).toBe(403);
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
      expect(response.headers.get("access-control-allow-methods")).toBeNull();
    }
  });

  it("marks responses to the tab's origin, errors included, and exposes the headers the tab reads", async () => {
    const { token } = await devToken(api.url, "alice");
    const ok = await fetch(`${api.url}/${scopePath(TEAM)}`, {
      headers: { origin: TAB, authorization: `Bearer ${token}` },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe(TAB);
    expect(ok.headers.get("vary")).toContain("Origin");
    const exposed = ok.headers.get("access-control-expose-headers")?.toLowerCase() ?? "";
    for (const name of ["etag", "retry-after", "www-authenticate", "x-problem-type"])
      expect(exposed).toContain(name);

    const unauthorized = await fetch(`${api.url}/${scopePath(TEAM)}`, { headers: { origin: TAB } });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get("access-control-allow-origin")).toBe(TAB);
  });

  it("adds nothing for another origin, and nothing at all without a configured tab origin", async () => {
    const { token } = await devToken(api.url, "alice");
    const evil = await fetch(`${api.url}/${scopePath(TEAM)}`, {
      headers: { origin: EVIL, authorization: `Bearer ${token}` },
    });
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
    expect(evil.headers.get("access-control-expose-headers")).toBeNull();

    expect((await preflight(closed, TAB)).headers.get("access-control-allow-origin")).toBeNull();
    const plain = await fetch(`${closed.url}/health`, { headers: { origin: TAB } });
    expect(plain.headers.get("access-control-allow-origin")).toBeNull();
  });
});
