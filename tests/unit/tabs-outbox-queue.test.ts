import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../tabs/src/auth/api-error";
import {
  FIRST_RETRY_MS,
  MAX_RETRY_MS,
  classifyFailure,
  delivered,
  discard,
  enqueue,
  failed,
  nextDue,
  nextWakeAt,
  requeue,
  restore,
  retryAllNow,
  retryDelay,
} from "../../tabs/src/outbox/outbox-queue";
import type { OutboxEntry, OutboxQueue } from "../../tabs/src/outbox/outbox-queue";

const entry = (id: string, createdAt: number, extra: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id,
  scope: "team:dev-team",
  roundId: "round-1",
  text: `answer ${id}`,
  mode: null,
  anonymous: false,
  createdAt,
  attempts: 0,
  nextAttemptAt: createdAt,
  state: "pending",
  failure: null,
  ...extra,
});

describe("outbox queue", () => {
  it("enqueues idempotently: the same id twice keeps the first version only", () => {
    const first = entry("a", 10);
    const queue = enqueue(enqueue([], first), { ...first, text: "changed", createdAt: 5 });
    expect(queue).toEqual([first]);
    // The same queue object comes back, so callers can tell nothing changed.
    expect(enqueue(queue, first)).toBe(queue);
  });

  it("restores entries read back from storage in writing order, without duplicates", () => {
    const restored = restore([entry("c", 30), entry("a", 10), entry("b", 20), entry("a", 10)]);
    expect(restored.map((queued) => queued.id)).toEqual(["a", "b", "c"]);
  });

  it("keeps any mix of enqueues unique and in writing order", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.constantFrom("a", "b", "c", "d", "e"),
            createdAt: fc.integer({ min: 0, max: 100 }),
          }),
        ),
        (writes) => {
          const queue = writes.reduce<OutboxQueue>(
            (current, write) => enqueue(current, entry(write.id, write.createdAt)),
            [],
          );
          const ids = queue.map((queued) => queued.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (let index = 1; index < queue.length; index++) {
            expect(queue[index - 1]!.createdAt).toBeLessThanOrEqual(queue[index]!.createdAt);
          }
        },
      ),
    );
  });

  it("backs off 1 s, 2 s, 4 s … up to 60 s, spread by at most ±20 %", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((attempts) => retryDelay(attempts))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000,
    ]);
    expect(retryDelay(1, 0)).toBe(FIRST_RETRY_MS * 0.8);
    expect(retryDelay(1, 0.999999)).toBe(Math.round(FIRST_RETRY_MS * 1.2));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempts, random) => {
          const delay = retryDelay(attempts, random);
          expect(delay).toBeGreaterThanOrEqual(FIRST_RETRY_MS * 0.8);
          expect(delay).toBeLessThanOrEqual(MAX_RETRY_MS * 1.2);
        },
      ),
    );
  });

  it("delivers strictly in writing order: a later answer waits behind one that is backing off", () => {
    let queue: OutboxQueue = [entry("a", 10), entry("b", 20)];
    expect(nextDue(queue, 20)?.id).toBe("a");
    queue = failed(queue, "a", { kind: "offline" }, false, 100, 0.5);
    expect(queue[0]).toMatchObject({ attempts: 1, nextAttemptAt: 1_100, state: "pending" });
    expect(nextDue(queue, 500)).toBeNull();
    expect(nextWakeAt(queue)).toBe(1_100);
    expect(nextDue(queue, 1_100)?.id).toBe("a");
    queue = delivered(queue, "a");
    expect(nextDue(queue, 1_100)?.id).toBe("b");
  });

  it("parks an answer the API refuses for good, keeps its text, and lets later ones go on", () => {
    let queue: OutboxQueue = [entry("a", 10), entry("b", 20)];
    queue = failed(queue, "a", { kind: "roundClosed" }, true, 100);
    expect(queue[0]).toMatchObject({ state: "rejected", text: "answer a", failure: { kind: "roundClosed" } });
    expect(nextDue(queue, 100)?.id).toBe("b");
    // Shared again into another round, it is pending and due at once.
    queue = requeue(queue, "a", 200, "round-2");
    expect(queue[0]).toMatchObject({
      state: "pending",
      roundId: "round-2",
      attempts: 0,
      nextAttemptAt: 200,
      failure: null,
    });
    expect(discard(queue, "a").map((queued) => queued.id)).toEqual(["b"]);
  });

  it("tries every pending answer at once when the connection returns", () => {
    let queue: OutboxQueue = [entry("a", 10), entry("b", 20)];
    queue = failed(queue, "a", { kind: "offline" }, false, 100, 0.5);
    queue = failed(queue, "a", { kind: "offline" }, false, 1_100, 0.5);
    expect(nextDue(queue, 1_200)).toBeNull();
    queue = retryAllNow(queue, 1_200);
    expect(nextDue(queue, 1_200)?.id).toBe("a");
    // The count of attempts stays: the next failure still backs off from where it was.
    expect(queue[0]?.attempts).toBe(2);
  });

  it("tells passing trouble from a permanent refusal", () => {
    const problem = (status: number, field?: string) =>
      new ApiError(status, {
        type: "about:blank",
        title: "x",
        status,
        detail: "nope",
        ...(field ? { errors: [{ field, message: "nope" }] } : {}),
      });
    expect(classifyFailure(new TypeError("Failed to fetch"))).toMatchObject({ permanent: false });
    for (const status of [401, 408, 500, 502, 503]) {
      expect(classifyFailure(problem(status)), String(status)).toMatchObject({
        permanent: false,
        failure: { kind: "unavailable" },
      });
    }
    // Too many requests: passing too, and said as "busy" rather than "can't be reached".
    expect(classifyFailure(problem(429))).toMatchObject({ permanent: false, failure: { kind: "busy" } });
    expect(classifyFailure(problem(409, "roundId"))).toEqual({
      permanent: true,
      failure: { kind: "roundClosed" },
      retryAfterMs: 0,
    });
    expect(classifyFailure(problem(409, "id"))).toMatchObject({
      permanent: true,
      failure: { kind: "refused" },
    });
    expect(classifyFailure(problem(400, "text"))).toMatchObject({
      permanent: true,
      failure: { kind: "refused", detail: "nope" },
    });
  });
});
