import { describe, expect, it } from "vitest";
import { ApiError } from "../../tabs/src/auth/api-error";
import { Outbox } from "../../tabs/src/outbox/outbox";
import type { NewAnswer } from "../../tabs/src/outbox/outbox";
import type { OutboxEntry } from "../../tabs/src/outbox/outbox-queue";
import { memoryStore } from "../../tabs/src/outbox/outbox-store";
import type { OutboxStore } from "../../tabs/src/outbox/outbox-store";

/** A clock and timers the test moves by hand. */
function fakeTime() {
  let now = 1_000;
  let timers: { at: number; run: () => void }[] = [];
  return {
    now: () => now,
    setTimer: (run: () => void, ms: number) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimer: (handle: unknown) => {
      timers = timers.filter((timer) => timer !== handle);
    },
    async advance(ms: number) {
      now += ms;
      const due = timers.filter((timer) => timer.at <= now);
      timers = timers.filter((timer) => timer.at > now);
      for (const timer of due) timer.run();
      await settle();
    },
  };
}

const settle = async () => {
  for (let turn = 0; turn < 20; turn++) await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
};

const answer = (id: string, text = `answer ${id}`): NewAnswer => ({
  id,
  scope: "team:dev-team",
  roundId: "round-1",
  text,
  mode: null,
  anonymous: false,
});

/** A fake API: records what arrives, fails while told to, and treats a replay as the same answer. */
function fakeApi() {
  const received: string[] = [];
  const stored = new Map<string, string>();
  let failWith: unknown = null;
  let inFlight = 0;
  let maxInFlight = 0;
  return {
    received,
    stored,
    get maxInFlight() {
      return maxInFlight;
    },
    fail(error: unknown) {
      failWith = error;
    },
    async send(entry: OutboxEntry) {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await Promise.resolve();
      inFlight--;
      if (failWith) throw failWith;
      received.push(entry.id);
      stored.set(entry.id, entry.text);
      return { id: entry.id };
    },
  };
}

describe("outbox", () => {
  it("stores before sending, sends one at a time in writing order, and forgets what arrived", async () => {
    const time = fakeTime();
    const store = memoryStore();
    const api = fakeApi();
    const outbox = new Outbox({ store, send: api.send, ...time });
    await outbox.ready;
    await Promise.all([outbox.submit(answer("a")), outbox.submit(answer("b")), outbox.submit(answer("c"))]);
    await settle();
    expect(api.received).toEqual(["a", "b", "c"]);
    expect(api.maxInFlight).toBe(1);
    expect(await store.all()).toEqual([]);
    expect(outbox.snapshot().entries).toEqual([]);
  });

  it("submitting the same answer twice sends it once", async () => {
    const time = fakeTime();
    const api = fakeApi();
    const outbox = new Outbox({ store: memoryStore(), send: api.send, ...time });
    await Promise.all([outbox.submit(answer("a")), outbox.submit(answer("a"))]);
    await settle();
    expect(api.received).toEqual(["a"]);
  });

  it("retries with backoff while the network is down, then delivers each answer once", async () => {
    const time = fakeTime();
    const api = fakeApi();
    api.fail(new TypeError("Failed to fetch"));
    const outbox = new Outbox({ store: memoryStore(), send: api.send, random: () => 0.5, ...time });
    await outbox.submit(answer("a"));
    await outbox.submit(answer("b"));
    await settle();
    expect(outbox.snapshot().entries.map((entry) => [entry.id, entry.attempts])).toEqual([
      ["a", 1],
      ["b", 0],
    ]);
    await time.advance(999);
    expect(outbox.snapshot().entries[0]?.attempts).toBe(1);
    await time.advance(1);
    expect(outbox.snapshot().entries[0]?.attempts).toBe(2);
    await time.advance(2_000);
    expect(outbox.snapshot().entries[0]?.attempts).toBe(3);

    api.fail(null);
    await time.advance(4_000);
    expect(api.received).toEqual(["a", "b"]);
    expect(outbox.snapshot().entries).toEqual([]);
  });

  it("tries again at once when the browser is back online", async () => {
    const time = fakeTime();
    const api = fakeApi();
    api.fail(new TypeError("Failed to fetch"));
    const outbox = new Outbox({ store: memoryStore(), send: api.send, ...time });
    await outbox.submit(answer("a"));
    await settle();
    api.fail(null);
    outbox.retryAll();
    await settle();
    expect(api.received).toEqual(["a"]);
  });

  it("survives a reload: a new outbox on the same store sends what the old one could not", async () => {
    const store = memoryStore();
    const offline = fakeApi();
    offline.fail(new TypeError("Failed to fetch"));
    const before = new Outbox({ store, send: offline.send, ...fakeTime() });
    await before.submit(answer("a", "typed on the train"));
    await settle();
    expect((await store.all()).map((entry) => entry.text)).toEqual(["typed on the train"]);

    const online = fakeApi();
    const after = new Outbox({ store, send: online.send, ...fakeTime() });
    await after.ready;
    await settle();
    expect(online.received).toEqual(["a"]);
    expect(online.stored.get("a")).toBe("typed on the train");
    expect(await store.all()).toEqual([]);
  });

  it("keeps an answer the API refuses for good, without blocking the ones behind it", async () => {
    const time = fakeTime();
    const api = fakeApi();
    const outbox = new Outbox({
      store: memoryStore(),
      send: async (entry: OutboxEntry) => {
        if (entry.id === "a" && entry.roundId === "round-1") {
          throw new ApiError(409, {
            type: "about:blank",
            title: "Conflict",
            status: 409,
            detail: "This round is closed.",
            errors: [{ field: "roundId", message: "This round is closed." }],
          });
        }
        return api.send(entry);
      },
      ...time,
    });
    await outbox.submit(answer("a"));
    await outbox.submit(answer("b"));
    await settle();
    expect(api.received).toEqual(["b"]);
    expect(outbox.snapshot().entries).toMatchObject([
      { id: "a", state: "rejected", failure: { kind: "roundClosed" }, text: "answer a" },
    ]);
    // Shared into the new round, it goes.
    await outbox.retry("a", "round-2");
    await settle();
    expect(api.received).toEqual(["b", "a"]);
  });

  it("tells listeners what the API stored, and says when answers only live in memory", async () => {
    const time = fakeTime();
    const api = fakeApi();
    const failing: OutboxStore = {
      all: async () => [],
      put: async () => {
        throw new Error("QuotaExceededError");
      },
      delete: async () => undefined,
    };
    const outbox = new Outbox({ store: failing, send: api.send, ...time });
    const seen: unknown[] = [];
    outbox.onDelivered((_entry, result) => seen.push(result));
    await outbox.submit(answer("a"));
    await settle();
    expect(seen).toEqual([{ id: "a" }]);
    expect(outbox.snapshot().durable).toBe(false);
  });
});

describe("outbox and Retry-After", () => {
  const tooMany = (seconds: number) =>
    new ApiError(
      429,
      { type: "about:blank", title: "Too many requests", status: 429 },
      { retryAfterSeconds: seconds },
    );

  it("after a 429 waits at least the API's Retry-After before sending again, keeps the answer meanwhile, and delivers it once", async () => {
    const time = fakeTime();
    const store = memoryStore();
    const api = fakeApi();
    api.fail(tooMany(30));
    const outbox = new Outbox({ store, send: api.send, random: () => 0.5, ...time });
    await outbox.submit(answer("a"));
    await settle();
    const [waiting] = outbox.snapshot().entries;
    expect(waiting).toMatchObject({ id: "a", state: "pending", attempts: 1, failure: { kind: "busy" } });
    expect(waiting!.nextAttemptAt).toBe(time.now() + 30_000);
    expect((await store.all()).map((entry) => entry.id)).toEqual(["a"]);

    api.fail(null);
    // Its own backoff (1 s) has long passed, but the API asked for 30 s.
    await time.advance(29_999);
    expect(api.received).toEqual([]);
    expect(outbox.snapshot().entries).toHaveLength(1);
    await time.advance(1);
    expect(api.received).toEqual(["a"]);
    expect(outbox.snapshot().entries).toEqual([]);
    expect(await store.all()).toEqual([]);
  });

  it("a 503's Retry-After is honoured too; a short one does not shorten the outbox's own backoff", async () => {
    const time = fakeTime();
    const api = fakeApi();
    api.fail(new ApiError(503, undefined, { retryAfterSeconds: 5 }));
    const outbox = new Outbox({ store: memoryStore(), send: api.send, random: () => 0.5, ...time });
    await outbox.submit(answer("a"));
    await settle();
    expect(outbox.snapshot().entries[0]).toMatchObject({ failure: { kind: "unavailable" } });
    expect(outbox.snapshot().entries[0]!.nextAttemptAt).toBe(time.now() + 5_000);

    api.fail(tooMany(1));
    await time.advance(5_000);
    // Second failure: backoff 2 s beats Retry-After 1 s.
    expect(outbox.snapshot().entries[0]!.nextAttemptAt).toBe(time.now() + 2_000);
  });
});
