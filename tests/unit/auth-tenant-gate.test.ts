import { describe, expect, it } from "vitest";
import { HttpError } from "../../api/src/http/problem";
import { createTenantGate } from "../../api/src/tenants/tenant-gate";

const ALLOWED = "aaaaaaaa-0000-4000-8000-000000000001";
const RECORDED = "bbbbbbbb-0000-4000-8000-000000000002";
const UNKNOWN = "cccccccc-0000-4000-8000-000000000003";

function gate(recorded: Set<string>, cacheMs = 300_000) {
  let now = 0;
  const lookups: string[] = [];
  const tenants = createTenantGate({
    allowed: [ALLOWED.toUpperCase()],
    isRecorded: async (tid) => {
      lookups.push(tid);
      return recorded.has(tid);
    },
    cacheMs,
    now: () => now,
  });
  return { tenants, lookups, advance: (ms: number) => (now += ms) };
}

describe("tenant gate", () => {
  it("admits allowlisted tenants without a lookup, in any letter case", async () => {
    const { tenants, lookups } = gate(new Set());
    await tenants.admit(ALLOWED);
    await tenants.admit(ALLOWED.toUpperCase());
    expect(lookups).toEqual([]);
  });

  it("refuses a tenant that is neither, with a 403 that names it and says what to do", async () => {
    const { tenants } = gate(new Set());
    const error = (await tenants.admit(UNKNOWN).catch((caught: unknown) => caught)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(403);
    expect(error.detail).toContain(UNKNOWN);
    expect(error.detail).toMatch(/has not installed Learning Loop/);
    expect(error.headers["x-problem-type"]).toBe("tenant-not-onboarded");
  });

  it("caches a recorded tenant briefly, and a refusal not at all so that onboarding takes effect at once", async () => {
    const recorded = new Set<string>();
    const { tenants, lookups, advance } = gate(recorded);
    await expect(tenants.admit(RECORDED)).rejects.toBeInstanceOf(HttpError);
    recorded.add(RECORDED);
    await tenants.admit(RECORDED);
    await tenants.admit(RECORDED);
    expect(lookups).toEqual([RECORDED, RECORDED]);
    advance(300_001);
    recorded.delete(RECORDED);
    await expect(tenants.admit(RECORDED)).rejects.toBeInstanceOf(HttpError);
    expect(lookups).toHaveLength(3);
  });

  it("lets a database failure through (503 upstream), never admitting on it", async () => {
    const tenants = createTenantGate({
      allowed: [],
      isRecorded: async () => {
        throw new Error("database down");
      },
      cacheMs: 1000,
    });
    await expect(tenants.admit(UNKNOWN)).rejects.toThrow("database down");
  });
});
