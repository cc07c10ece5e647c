import functions from "@azure/functions";
import type { HttpRequest } from "@azure/functions";
import { describe, expect, it } from "vitest";
import type { Identity } from "../../api/src/auth/identity";
import type { Route } from "../../api/src/http/route";
import { DEFAULT_LIMITS, loadLimitsConfig } from "../../api/src/limits/limits-config";
import type { LimitsConfig } from "../../api/src/limits/limits-config";
import { createRateLimits } from "../../api/src/limits/rate-limits";
import type { LimitKind } from "../../api/src/limits/rate-limits";
import { createTokenBuckets } from "../../api/src/limits/token-buckets";
import { ACTIVE_ROUND_MS, IDLE_AFTER_MS, nextPollDelay } from "../../tabs/src/side-panel/poll-schedule";

const { HttpRequest: Request, InvocationContext } = functions;
const TID = "11111111-1111-4111-8111-111111111111";
const SCOPE = "team:dev-team";

/** A fake clock, a route table of one scope route, and callers named by their bearer token. */
function harness(config: LimitsConfig = DEFAULT_LIMITS, limit?: Route["limit"]) {
  let now = 1_000_000;
  let handled = 0;
  const limitedKinds: LimitKind[] = [];
  const limits = createRateLimits({
    config,
    now: () => now,
    caller: async (req) => {
      const oid = /^Bearer (\S+)$/.exec(req.headers.get("authorization") ?? "")?.[1];
      return oid && oid !== "invalid" ? ({ tid: TID, oid, name: oid } satisfies Identity) : undefined;
    },
    onLimited: (kind) => limitedKinds.push(kind),
  });
  const route = limits.apply({
    name: "getRound",
    methods: ["GET"],
    route: limit === "scope" ? "scopes/{scope}/events" : "scopes/{scope}/rounds/{roundId}",
    limit,
    handler: async () => {
      handled++;
      return { status: 200, headers: {} };
    },
  });
  const context = new InvocationContext({ invocationId: "test", functionName: "getRound" });
  const call = async (who: string | null, scope = SCOPE) => {
    const req: HttpRequest = new Request({
      method: "GET",
      url: `http://localhost/api/scopes/${encodeURIComponent(scope)}/rounds/r1`,
      headers: who ? { authorization: `Bearer ${who}` } : {},
      params: { scope, roundId: "r1" },
    });
    return route.handler(req, context);
  };
  return {
    call,
    advance: (ms: number) => (now += ms),
    handled: () => handled,
    limitedKinds,
  };
}

describe("rate limits: a person's real pace is never limited", () => {
  it("four surfaces polling at the side panel's open-round cadence for two hours, with page loads and answers, never see a 429", async () => {
    const h = harness();
    // The side panel's cadence while a round is open and the panel is used (poll-schedule.ts).
    const cadence = nextPollDelay({
      roundOpen: true,
      hidden: false,
      idleMs: 0,
      failures: 0,
      suspended: false,
    });
    expect(cadence).toBe(ACTIVE_ROUND_MS);
    const statuses = new Map<number, number>();
    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const twoHours = 2 * 60 * 60_000;
    for (let elapsed = 0; elapsed < twoHours; elapsed += cadence!) {
      // Desktop and web side panels, the stage and a phone: one poll each per tick.
      for (let surface = 0; surface < 4; surface++) count((await h.call("alice")).status);
      // Every ten minutes all four surfaces reload at once (about six GETs each), and every
      // ten seconds an answer or a reaction goes out.
      if (elapsed % (10 * 60_000) === 0)
        for (let get = 0; get < 24; get++) count((await h.call("alice")).status);
      if (elapsed % 10_000 === 0) count((await h.call("alice")).status);
      h.advance(cadence!);
    }
    expect(statuses.get(429) ?? 0).toBe(0);
    expect(statuses.get(200)).toBeGreaterThan(4 * 7_000);
    expect(h.limitedKinds).toEqual([]);
  }, 60_000);

  it("a meeting of 300 people polling every second in one scope for two minutes is never limited per scope", async () => {
    const h = harness();
    let limited = 0;
    for (let second = 0; second < 120; second++) {
      for (let person = 0; person < 300; person++) {
        if ((await h.call(`person-${person}`)).status === 429) limited++;
      }
      h.advance(1_000);
    }
    expect(limited).toBe(0);
  }, 60_000);

  it("the defaults sit far above the cadence: 20 a second per member, 5x four surfaces polling", () => {
    expect(DEFAULT_LIMITS.member.perMinute / 60).toBeGreaterThanOrEqual((5 * 4 * 1_000) / ACTIVE_ROUND_MS);
    // An idle panel polls far slower still.
    expect(
      nextPollDelay({ roundOpen: true, hidden: false, idleMs: IDLE_AFTER_MS, failures: 0, suspended: false }),
    ).toBeGreaterThan(ACTIVE_ROUND_MS);
  });
});

describe("rate limits: a flood", () => {
  const small: LimitsConfig = {
    member: { perMinute: 60, burst: 10 },
    scope: { perMinute: 600, burst: 25 },
    events: { perMinute: 6, burst: 3 },
    maxKeys: 1_000,
  };

  it("limits one member past the burst with 429 problem+json and Retry-After, without reaching the handler", async () => {
    const h = harness(small);
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) statuses.push((await h.call("mallory")).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(10);
    expect(h.handled()).toBe(10);
    const refused = await h.call("mallory");
    expect(refused.status).toBe(429);
    expect(refused.headers["content-type"]).toBe("application/problem+json");
    expect(refused.headers["retry-after"]).toMatch(/^[1-9]\d*$/);
    expect(JSON.parse(refused.body ?? "{}")).toMatchObject({ status: 429, title: "Too many requests" });
    expect(h.limitedKinds.every((kind) => kind === "member")).toBe(true);
    expect(h.limitedKinds).toHaveLength(6);
    // Others in the same scope are untouched.
    expect((await h.call("bob")).status).toBe(200);
    // After Retry-After the flooder is served again.
    h.advance(Number(refused.headers["retry-after"]) * 1000);
    expect((await h.call("mallory")).status).toBe(200);
  });

  it("limits a scope flooded by many members, per tenant and scope, while other scopes go on", async () => {
    const h = harness(small);
    const statuses: number[] = [];
    for (let person = 0; person < 40; person++) statuses.push((await h.call(`member-${person}`)).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(25);
    expect(h.limitedKinds).toEqual(Array.from({ length: 15 }, () => "scope"));
    expect((await h.call("member-0", "team:another-team")).status).toBe(200);
  });

  it("passes a request without a valid token to the handler (which refuses it), costing no bucket", async () => {
    const h = harness(small);
    for (let i = 0; i < 50; i++) expect((await h.call("invalid")).status).toBe(200);
    for (let i = 0; i < 50; i++) expect((await h.call(null)).status).toBe(200);
    expect(h.handled()).toBe(100);
    expect((await h.call("alice")).status).toBe(200);
  });

  it("limits signed-event routes per scope in buckets of their own", async () => {
    const h = harness(small, "scope");
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await h.call(null)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(h.limitedKinds).toEqual(["scope", "scope"]);
    expect((await h.call(null, "team:another-team")).status).toBe(200);
  });
});

describe("token buckets", () => {
  it("keeps at most maxKeys buckets, dropping refilled ones before a recent flooder's", () => {
    const buckets = createTokenBuckets({ perMinute: 60, burst: 10 }, 100);
    let now = 0;
    for (let i = 0; i < 11; i++) buckets.take("flooder", now);
    expect(buckets.take("flooder", now).allowed).toBe(false);
    for (let i = 0; i < 5_000; i++) {
      buckets.take(`one-shot-${i}`, now);
      now += 1;
      expect(buckets.size()).toBeLessThanOrEqual(100);
    }
    // Five seconds on, the flooder has refilled only some of its bucket: it was kept, not reset.
    const afterwards = buckets.take("flooder", now);
    expect(afterwards.allowed).toBe(true);
    let allowed = 1;
    while (buckets.take("flooder", now).allowed) allowed++;
    expect(allowed).toBeLessThan(10);
  });

  it("answers Retry-After in whole seconds, rounded up", () => {
    const buckets = createTokenBuckets({ perMinute: 40, burst: 1 }, 10);
    expect(buckets.take("a", 0).allowed).toBe(true);
    expect(buckets.take("a", 0)).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(buckets.take("a", 1_400)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(buckets.take("a", 1_600)).toEqual({ allowed: true });
  });

  it("a rule with 0 a minute is off", () => {
    const buckets = createTokenBuckets({ perMinute: 0, burst: 1 }, 10);
    for (let i = 0; i < 1_000; i++) expect(buckets.take("a", 0).allowed).toBe(true);
  });
});

describe("limits configuration", () => {
  it("reads RATE_LIMIT_* and refuses nonsense", () => {
    expect(loadLimitsConfig({})).toEqual(DEFAULT_LIMITS);
    expect(
      loadLimitsConfig({
        RATE_LIMIT_MEMBER_PER_MINUTE: "120",
        RATE_LIMIT_MEMBER_BURST: "30",
        RATE_LIMIT_MAX_KEYS: "500",
      }),
    ).toMatchObject({ member: { perMinute: 120, burst: 30 }, maxKeys: 500 });
    expect(loadLimitsConfig({ RATE_LIMIT_SCOPE_PER_MINUTE: "0" }).scope.perMinute).toBe(0);
    expect(() => loadLimitsConfig({ RATE_LIMIT_MEMBER_BURST: "0" })).toThrow(/RATE_LIMIT_MEMBER_BURST/);
    expect(() => loadLimitsConfig({ RATE_LIMIT_EVENTS_PER_MINUTE: "lots" })).toThrow(
      /RATE_LIMIT_EVENTS_PER_MINUTE/,
    );
  });
});
