import { NUDGE_PRESENT_MAX } from "@learning-loop/contract";
import { describe, expect, it } from "vitest";
import { PRESENT_MAX, presentIds } from "../../tabs/src/live/present-users";
import type { PresenceUser } from "../../tabs/src/live/present-users";

const BOB = "b0b00000-0000-4000-8000-000000000002";
const CAROL = "ca201000-0000-4000-8000-000000000003";
const user = (userId: string, clientIds: string[], state = "online"): PresenceUser => ({
  userId,
  state,
  clientIds,
});

describe("who is present, from Live Share's presence and the Fluid audience", () => {
  it("counts people whose presence holds and who still have a connection in the audience", () => {
    const users = [
      user(BOB.toUpperCase(), ["c1"]),
      // Carol closed her panel: presence has not expired yet, but the audience dropped her client.
      user(CAROL, ["c2"]),
      // Someone whose presence expired, though their client lingers in the audience.
      user("d0000000-0000-4000-8000-000000000013", ["c3"], "offline"),
      // A guest: Teams gives no Entra object id, and no nudge could reach them.
      user("guest-7", ["c4"]),
      // Bob again, from a second device.
      user(BOB, ["c5"], "away"),
    ];
    expect(presentIds(users, new Set(["c1", "c3", "c4", "c5"]))).toEqual([BOB]);
    expect(presentIds(users, new Set(["c1", "c2"]))).toEqual([BOB, CAROL]);
    expect(presentIds(users, new Set())).toEqual([]);
  });

  it("names nobody when more are there than the API takes", () => {
    expect(PRESENT_MAX).toBe(NUDGE_PRESENT_MAX);
    const many = (count: number) =>
      Array.from({ length: count }, (_, index) =>
        user(`00000000-0000-4000-8000-${String(index).padStart(12, "0")}`, [`c${index}`]),
      );
    const connected = new Set(Array.from({ length: PRESENT_MAX + 1 }, (_, index) => `c${index}`));
    expect(presentIds(many(PRESENT_MAX), connected)).toHaveLength(PRESENT_MAX);
    expect(presentIds(many(PRESENT_MAX + 1), connected)).toBeNull();
  });
});
