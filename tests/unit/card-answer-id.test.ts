import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cardAnswerId } from "../../api/src/bot/bot-turns";
import { derivedUuid } from "../../api/src/notifications/derived-uuid";

// docs/anonymity.md, "Ids": an anonymous answer's id is shown to every member.
const tid = "11111111-1111-4111-8111-111111111111";
const bob = "b0b00000-0000-4000-8000-000000000002";
const carol = "ca201000-0000-4000-8000-000000000003";
const roundId = "5e1f0c2a-7d7c-4d38-9a0e-3b0c7a1d2e4f";

describe("answer ids for answers sent from a card", () => {
  it("are stable for a retried activity, so a retry stores nothing new", () => {
    expect(cardAnswerId("secret", tid, bob, roundId, "act-1")).toBe(
      cardAnswerId("secret", tid, bob, roundId, "act-1"),
    );
    expect(cardAnswerId("secret", tid, bob, roundId, "act-1")).not.toBe(
      cardAnswerId("secret", tid, bob, roundId, "act-2"),
    );
  });

  it("cannot be recomputed without the server's secret from the member oids a teammate knows", () => {
    const shown = cardAnswerId("server-secret", tid, bob, roundId, "act-1");
    const name = `card-answer|${tid}|${bob}|${roundId}|act-1`;
    // The unkeyed derivation a curious teammate would try, and the raw hash it used to be:
    expect(shown).not.toBe(derivedUuid(name));
    expect(shown.replaceAll("-", "")).not.toBe(createHash("sha256").update(name).digest("hex").slice(0, 32));
    // Any other secret gives another id, so a guessed secret cannot be confirmed by one person either.
    expect(shown).not.toBe(cardAnswerId("another-secret", tid, bob, roundId, "act-1"));
    expect(shown).not.toBe(cardAnswerId("server-secret", tid, carol, roundId, "act-1"));
  });

  it("look like the random version-4 ids the side panel makes, so an id does not tell where an answer came from", () => {
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const activity of ["act-1", "act-2", "act-3"]) {
      expect(cardAnswerId("server-secret", tid, bob, roundId, activity)).toMatch(v4);
    }
    expect(crypto.randomUUID()).toMatch(v4);
  });

  it("is random, never derived from the text, when the activity carries no id", () => {
    const ids = new Set(Array.from({ length: 20 }, () => cardAnswerId("s", tid, bob, roundId, undefined)));
    expect(ids.size).toBe(20);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
