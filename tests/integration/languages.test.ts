import type { Problem, ScopeView } from "@learning-loop/contract";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { wordsFor } from "../../api/src/i18n/words";
import { scopePath } from "../support/api-client";
import { TEAM, openSession } from "../support/api-session";
import type { ApiSession } from "../support/api-session";
import { startApi } from "../support/stack";

/**
 * The API's words in the team's language (docs/i18n.md): the CSV export in the language of the
 * person exporting, with the byte-order mark Excel needs, and the card language a scope keeps.
 */
let s: ApiSession;
beforeAll(async () => {
  s = await openSession(await startApi(inject("cosmosEndpoint")));
});
afterAll(() => s.api.close());

/** Eve's team (another tenant): no bot conversation, so its card language changes nothing else here. */
const EVE_TEAM = "team:eve-team";

async function exportCsv(acceptLanguage?: string): Promise<Buffer> {
  const token = (await (await fetch(`${s.api.url}/dev/token?user=alice`)).json()) as { token: string };
  const response = await fetch(`${s.api.url}/${scopePath(TEAM)}/export?format=csv`, {
    headers: {
      authorization: `Bearer ${token.token}`,
      ...(acceptLanguage ? { "accept-language": acceptLanguage } : {}),
    },
  });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe("CSV export", () => {
  it("starts with a UTF-8 byte-order mark and keeps umlauts, Japanese and Arabic intact", async () => {
    const round = await s.startRound(TEAM, { promptText: "Was lernen wir? 学び تعلّم" });
    await s.answer("bob", TEAM, round.id, "Grüße, 日本語 und العربية");
    const bytes = await exportCsv();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    expect(text.split("\r\n")[0]).toMatch(/^record,round_id,/);
    expect(text).toContain("Grüße, 日本語 und العربية");
  });

  it("writes the header row in the language of the person exporting", async () => {
    const german = wordsFor("de").s.exportColumns;
    const text = (await exportCsv("de-DE,de;q=0.9,en;q=0.5")).subarray(3).toString("utf8");
    expect(text.split("\r\n")[0]!.startsWith(`${german.record},${german.roundId},`)).toBe(true);
    const unknown = (await exportCsv("it-IT")).subarray(3).toString("utf8");
    expect(unknown.split("\r\n")[0]).toMatch(/^record,round_id,/);
  });
});

describe("a scope's card language", () => {
  it("is kept, changed by an owner to one of the seven languages, and refused otherwise, naming the field", async () => {
    const before = await s.call<ScopeView>("eve", "GET", scopePath(EVE_TEAM));
    const etag = before.body.etag;
    const set = await s.call<ScopeView>(
      "eve",
      "PUT",
      scopePath(EVE_TEAM),
      { language: "ja" },
      { "if-match": etag },
    );
    expect(set.status).toBe(200);
    expect(set.body.language).toBe("ja");
    // Another owner's different Teams language does not change a language already chosen.
    const other = await s.call<ScopeView>(
      "eve",
      "PUT",
      scopePath(EVE_TEAM),
      { anonymousDefault: before.body.anonymousDefault },
      { "if-match": set.body.etag, "accept-language": "fr-FR" },
    );
    expect(other.body.language).toBe("ja");
    const refused = await s.call<Problem>(
      "eve",
      "PUT",
      scopePath(EVE_TEAM),
      { language: "tlh" },
      { "if-match": other.body.etag },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.map((error) => error.field)).toEqual(["language"]);
    const after = await s.call<ScopeView>("eve", "GET", scopePath(EVE_TEAM));
    expect(after.body.language).toBe("ja");
    expect(after.body.etag).toBe(other.body.etag);
  });
});
