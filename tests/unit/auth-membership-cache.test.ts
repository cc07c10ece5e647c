import { describe, expect, it } from "vitest";
import { retryAfterSeconds } from "../../api/src/auth/graph-membership";
import type { Identity, ScopeRole } from "../../api/src/auth/identity";
import type { MembershipDirectory } from "../../api/src/auth/membership";
import { cachedMembership } from "../../api/src/auth/membership-cache";

const alice: Identity = { tid: "t1", oid: "o1", name: "Alice" };
const bob: Identity = { tid: "t1", oid: "o2", name: "Bob" };

/** A directory whose answers the test sets, counting how often it is asked. */
function scripted(initial: Record<string, ScopeRole | null | Error>) {
  const answers = { ...initial };
  const sizes: Record<string, number> = {};
  const calls: string[] = [];
  const directory: MembershipDirectory = {
    async roleIn(identity, scope) {
      calls.push(`${identity.oid}|${scope}`);
      // Answers on a later turn of the event loop, as Graph would, so that callers can overlap.
      await new Promise((resolve) => setImmediate(resolve));
      const answer = answers[`${identity.oid}|${scope}`] ?? null;
      if (answer instanceof Error) throw answer;
      return answer;
    },
    async memberCount(_identity, scope, _token, upTo) {
      calls.push(`count|${scope}`);
      return Math.min(upTo, sizes[scope] ?? 0);
    },
    async members(_identity, scope) {
      calls.push(`members|${scope}`);
      await new Promise((resolve) => setImmediate(resolve));
      return [{ id: "o1", name: `Alice of ${scope}` }];
    },
  };
  return { directory, answers, calls, sizes };
}

function clock() {
  let now = 1_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("membership cache", () => {
  it("reuses a positive decision per (tid, oid, scope) until the TTL, then asks again", async () => {
    const { directory, answers, calls } = scripted({ "o1|team:a": "owner" });
    const time = clock();
    const cache = cachedMembership(directory, { positiveMs: 600_000, negativeMs: 60_000, now: time.now });
    expect(await cache.roleIn(alice, "team:a", "tok")).toBe("owner");
    answers["o1|team:a"] = null;
    time.advance(599_999);
    expect(await cache.roleIn(alice, "team:a", "tok")).toBe("owner");
    expect(calls).toHaveLength(1);
    time.advance(2);
    expect(await cache.roleIn(alice, "team:a", "tok")).toBeNull();
    expect(calls).toHaveLength(2);
  });

  it("keeps negative decisions for the shorter negative TTL", async () => {
    const { directory, answers, calls } = scripted({});
    const time = clock();
    const cache = cachedMembership(directory, { positiveMs: 600_000, negativeMs: 60_000, now: time.now });
    expect(await cache.roleIn(alice, "team:a", "tok")).toBeNull();
    answers["o1|team:a"] = "member";
    time.advance(59_000);
    expect(await cache.roleIn(alice, "team:a", "tok")).toBeNull();
    time.advance(1_001);
    expect(await cache.roleIn(alice, "team:a", "tok")).toBe("member");
    expect(calls).toHaveLength(2);
  });

  it("keeps people, tenants and scopes apart", async () => {
    const { directory } = scripted({ "o1|team:a": "owner", "o2|team:b": "member" });
    const cache = cachedMembership(directory, { positiveMs: 600_000, negativeMs: 60_000 });
    expect(await cache.roleIn(alice, "team:a", "tok")).toBe("owner");
    expect(await cache.roleIn(bob, "team:a", "tok")).toBeNull();
    expect(await cache.roleIn(alice, "team:b", "tok")).toBeNull();
    expect(await cache.roleIn({ ...alice, tid: "t2" }, "team:a", "tok")).toBe("owner");
    expect(await cache.roleIn(bob, "team:b", "tok")).toBe("member");
  });

  it("never caches a failure, and shares one lookup between concurrent callers", async () => {
    const { directory, answers, calls } = scripted({ "o1|team:a": new Error("Graph is down") });
    const cache = cachedMembership(directory, { positiveMs: 600_000, negativeMs: 60_000 });
    const concurrent = await Promise.allSettled([1, 2, 3].map(() => cache.roleIn(alice, "team:a", "tok")));
    expect(concurrent.map((result) => result.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(calls).toHaveLength(1);
    answers["o1|team:a"] = "member";
    const after = await Promise.all([1, 2, 3].map(() => cache.roleIn(alice, "team:a", "tok")));
    expect(after).toEqual(["member", "member", "member"]);
    expect(calls).toHaveLength(2);
  });

  it("forgets the oldest decisions beyond its size limit", async () => {
    const { directory, calls } = scripted({});
    const cache = cachedMembership(directory, { positiveMs: 600_000, negativeMs: 60_000, maxEntries: 2 });
    for (const scope of ["team:a", "team:b", "team:c"]) await cache.roleIn(alice, scope, "tok");
    await cache.roleIn(alice, "team:c", "tok");
    expect(calls).toHaveLength(3);
    await cache.roleIn(alice, "team:a", "tok");
    expect(calls).toHaveLength(4);
  });
});

describe("Graph's Retry-After", () => {
  it.each<[string | null, number]>([
    ["7", 7],
    [" 0 ", 0],
    [null, 2],
    ["soon", 2],
    [new Date(Date.UTC(2030, 0, 1, 0, 0, 30)).toUTCString(), 30],
    [new Date(Date.UTC(2029, 11, 31)).toUTCString(), 0],
  ])("%s → %i seconds", (header, seconds) => {
    expect(retryAfterSeconds(header, Date.UTC(2030, 0, 1))).toBe(seconds);
  });

  it("reuses a scope's member count per (tid, scope) for the positive TTL, whoever asks", async () => {
    const { directory, sizes, calls } = scripted({});
    sizes["team:a"] = 2;
    const time = clock();
    const cache = cachedMembership(directory, { positiveMs: 600_000, negativeMs: 60_000, now: time.now });
    expect(await cache.memberCount(alice, "team:a", "tok", 3)).toBe(2);
    sizes["team:a"] = 5;
    expect(await cache.memberCount(bob, "team:a", "tok", 3)).toBe(2);
    expect(calls).toEqual(["count|team:a"]);
    time.advance(600_001);
    expect(await cache.memberCount(alice, "team:a", "tok", 3)).toBe(3);
    expect(calls).toEqual(["count|team:a", "count|team:a"]);
    time.advance(600_001);
    const together = await Promise.all(
      [alice, bob, alice].map((who) => cache.memberCount(who, "team:a", "tok", 3)),
    );
    expect(together).toEqual([3, 3, 3]);
    expect(calls).toHaveLength(3);
  });

  it("shares one member-list lookup per (tid, scope) while loading and until the TTL", async () => {
    const { directory, calls } = scripted({});
    const time = clock();
    const cache = cachedMembership(directory, { positiveMs: 1000, negativeMs: 100, now: time.now });
    const [first, second] = await Promise.all([
      cache.members(alice, "team:a", "token"),
      cache.members(bob, "team:a", "token"),
    ]);
    expect(first).toEqual([{ id: "o1", name: "Alice of team:a" }]);
    expect(second).toBe(first);
    expect(calls.filter((call) => call === "members|team:a")).toHaveLength(1);
    time.advance(1001);
    await cache.members(alice, "team:a", "token");
    expect(calls.filter((call) => call === "members|team:a")).toHaveLength(2);
  });
});
