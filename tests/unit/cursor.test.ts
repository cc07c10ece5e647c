import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../../api/src/history/cursor";
import { DomainError } from "../../api/src/domain/errors";

describe("history cursors", () => {
  const position = { startedAt: "2026-11-25T10:00:00.000Z", id: "r1" };

  it("round-trips within the partition that made it", () => {
    const cursor = encodeCursor("s", "t|team:a", position);
    expect(decodeCursor("s", "t|team:a", cursor)).toEqual(position);
  });

  it.each([
    ["another scope", (c: string) => ({ pk: "t|team:b", cursor: c })],
    ["a changed payload", (c: string) => ({ pk: "t|team:a", cursor: `x${c}` })],
    ["a missing signature", (c: string) => ({ pk: "t|team:a", cursor: c.split(".")[0]! })],
    ["garbage", () => ({ pk: "t|team:a", cursor: "%%%" })],
  ])("refuses %s", (_label, mutate) => {
    const { pk, cursor } = mutate(encodeCursor("s", "t|team:a", position));
    expect(() => decodeCursor("s", pk, cursor)).toThrow(DomainError);
  });
});
