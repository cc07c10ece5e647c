import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/**
 * The tab's side of the token: kept in memory, refreshed five minutes before `exp`, one request
 * for concurrent callers; Teams refusing becomes a 401 ApiError that asks for sign-in; the API
 * client retries a 401 once with a fresh token unless the API asks for interaction.
 */

const teams = vi.hoisted(() => ({ getAuthToken: vi.fn<() => Promise<string>>(), authenticate: vi.fn() }));
vi.mock("@microsoft/teams-js", () => ({ authentication: teams }));

const { forgetAuthToken, getAuthToken } = await import("../../tabs/src/teams/auth-token");
const { callApi, prefetchApi, prefetchesSettled, takeSettled } =
  await import("../../tabs/src/api/api-client");
const { ApiError } = await import("../../tabs/src/auth/api-error");

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const jwt = (exp: number, n = 0) => `${b64({ alg: "RS256" })}.${b64({ exp, n })}.sig`;
const inSeconds = (seconds: number) => Math.floor(Date.now() / 1000) + seconds;

beforeEach(() => {
  forgetAuthToken();
  teams.getAuthToken.mockReset();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the tab's SSO token", () => {
  it("is reused until five minutes before it expires, then asked for again", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    teams.getAuthToken
      .mockResolvedValueOnce(jwt(inSeconds(3600), 1))
      .mockResolvedValueOnce(jwt(inSeconds(7200), 2));
    const first = await getAuthToken();
    expect(await getAuthToken()).toBe(first);
    vi.setSystemTime(Date.now() + (3600 - 301) * 1000);
    expect(await getAuthToken()).toBe(first);
    vi.setSystemTime(Date.now() + 2_000);
    expect(await getAuthToken()).not.toBe(first);
    expect(teams.getAuthToken).toHaveBeenCalledTimes(2);
  });

  it("shares one request between concurrent callers and keeps nothing it cannot date", async () => {
    let resolve: (token: string) => void = () => undefined;
    teams.getAuthToken.mockReturnValueOnce(new Promise((done) => (resolve = done)));
    const waiting = Promise.all([getAuthToken(), getAuthToken(), getAuthToken()]);
    resolve("not-a-jwt");
    expect(new Set(await waiting)).toEqual(new Set(["not-a-jwt"]));
    expect(teams.getAuthToken).toHaveBeenCalledTimes(1);
    teams.getAuthToken.mockResolvedValueOnce("again");
    expect(await getAuthToken()).toBe("again");
  });

  it("turns a refusal from Teams into a 401 that asks for sign-in", async () => {
    teams.getAuthToken.mockRejectedValueOnce(new Error("resourceRequiresConsent"));
    const error = await getAuthToken().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, details: { interactionRequired: true } });
    expect((error as InstanceType<typeof ApiError>).problem?.detail).toBe("resourceRequiresConsent");
  });

  it("is not written to any storage", async () => {
    const storage = vi.fn();
    vi.stubGlobal("localStorage", { setItem: storage });
    vi.stubGlobal("sessionStorage", { setItem: storage });
    teams.getAuthToken.mockResolvedValueOnce(jwt(inSeconds(3600)));
    await getAuthToken();
    expect(storage).not.toHaveBeenCalled();
  });
});

const problem = (status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: "about:blank", title: "x", status, detail: `status ${status}` }), {
    status,
    headers: { "content-type": "application/problem+json", ...headers },
  });

describe("callApi", () => {
  it("sends the token as Bearer and retries a 401 once with a fresh token", async () => {
    // The two tokens are made once: made again after the call, a second boundary could pass between.
    const [first, second] = [jwt(inSeconds(3600), 1), jwt(inSeconds(3600), 2)];
    teams.getAuthToken.mockResolvedValueOnce(first).mockResolvedValueOnce(second);
    const seen: string[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (_url: string, init: RequestInit) => {
        seen.push((init.headers as Record<string, string>).authorization ?? "");
        return seen.length === 1
          ? problem(401, { "www-authenticate": 'Bearer error="invalid_token"' })
          : Response.json({ ok: true });
      }),
    );
    const result = await callApi<{ ok: boolean }>("scopes/x");
    expect(result).toMatchObject({ status: 200, data: { ok: true } });
    expect(seen).toEqual([`Bearer ${first}`, `Bearer ${second}`]);
  });

  it("does not retry when the API asks for interaction, and says so", async () => {
    teams.getAuthToken.mockResolvedValue(jwt(inSeconds(3600)));
    const fetch = vi.fn(async () =>
      problem(401, {
        "www-authenticate": 'Bearer error="interaction_required"',
        "x-problem-type": "consent-required",
      }),
    );
    vi.stubGlobal("fetch", fetch);
    const error = await callApi("scopes/x").catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      status: 401,
      details: { interactionRequired: true, problemType: "consent-required" },
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("reads Retry-After and the problem type into the error", async () => {
    teams.getAuthToken.mockResolvedValue(jwt(inSeconds(3600)));
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => problem(503, { "retry-after": "30" })),
    );
    await expect(callApi("scopes/x")).rejects.toMatchObject({
      status: 503,
      details: { retryAfterSeconds: 30 },
    });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => problem(403, { "x-problem-type": "tenant-not-onboarded" })),
    );
    await expect(callApi("scopes/x")).rejects.toMatchObject({
      status: 403,
      details: { problemType: "tenant-not-onboarded" },
    });
  });
});

describe("prefetchApi", () => {
  const json = (body: unknown) =>
    new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });

  it("hands a GET already in flight to the first caller of that path, once, and fails as the call would", async () => {
    teams.getAuthToken.mockResolvedValue(jwt(inSeconds(3600)));
    let served = 0;
    const fetch = vi.fn(async (url: string) =>
      url.endsWith("/gone") ? problem(404, {}) : json({ url, served: ++served }),
    );
    vi.stubGlobal("fetch", fetch);
    prefetchApi(["scopes/a", "scopes/gone"]);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));

    await expect(callApi("scopes/a")).resolves.toMatchObject({ status: 200, data: { served: 1 } });
    await expect(callApi("scopes/gone")).rejects.toMatchObject({ status: 404 });
    expect(fetch).toHaveBeenCalledTimes(2);
    // Taken once: the next call asks the API again.
    await expect(callApi("scopes/a")).resolves.toMatchObject({ data: { served: 2 } });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("lets the first render wait for the answers (at most the cap) and take them synchronously, once", async () => {
    teams.getAuthToken.mockResolvedValue(jwt(inSeconds(3600)));
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    const fetch = vi.fn(async (url: string) => {
      if (url.endsWith("/slow")) await held;
      return url.endsWith("/gone") ? problem(404, {}) : json({ url });
    });
    vi.stubGlobal("fetch", fetch);
    prefetchApi(["scopes/d", "scopes/gone", "scopes/slow"]);
    // Not in yet: nothing to take, and the page's own call still gets the answer in flight.
    expect(takeSettled("scopes/slow")).toBeUndefined();

    // The slow answer holds the wait until the cap.
    const started = Date.now();
    await prefetchesSettled(50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(takeSettled("scopes/d")).toMatchObject({ value: { status: 200, data: { url: "/api/scopes/d" } } });
    expect(takeSettled("scopes/d")).toBeUndefined();
    const gone = takeSettled("scopes/gone");
    expect(gone && "error" in gone && gone.error).toBeInstanceOf(ApiError);
    expect(takeSettled("scopes/slow")).toBeUndefined();

    // Once everything is in, the wait ends at once, long before its cap.
    release();
    await prefetchesSettled(60_000);
    expect(takeSettled("scopes/slow")).toMatchObject({ value: { status: 200 } });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("is not used by conditional requests, writes, or after five seconds", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    teams.getAuthToken.mockResolvedValue(jwt(inSeconds(3600)));
    const fetch = vi.fn(async () => json({}));
    vi.stubGlobal("fetch", fetch);
    prefetchApi(["scopes/b", "scopes/c"]);
    await callApi("scopes/b", { ifNoneMatch: '"1"' });
    await callApi("scopes/b", { method: "PUT", body: {} });
    expect(fetch).toHaveBeenCalledTimes(4);
    vi.setSystemTime(Date.now() + 5_001);
    await callApi("scopes/c");
    expect(fetch).toHaveBeenCalledTimes(5);
  });
});
