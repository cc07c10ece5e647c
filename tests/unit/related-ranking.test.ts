import { describe, expect, it } from "vitest";
import type { IndexSourceDoc } from "../../api/src/related/related-repository";
import { COMMON_SHARE, RAREST_WORDS, SELECTIVE_FROM, ScopeIndex } from "../../api/src/related/scope-index";
import {
  detectLanguage,
  documentTerms,
  matchedWords,
  queryTerms,
  words,
} from "../../api/src/related/text-analysis";

let ts = 1;
const answer = (id: string, text: string, roundAt = "2026-01-01T09:00:00.000Z"): IndexSourceDoc => ({
  id,
  type: "answer",
  roundId: `round-${id}`,
  roundAt,
  text,
  mode: null,
  anonymous: false,
  author: null,
  _ts: ts++,
});

const indexOf = (...docs: IndexSourceDoc[]) => {
  const index = new ScopeIndex();
  for (const doc of docs) index.apply(doc);
  return index;
};
const rank = (index: ScopeIndex, text: string) => index.rank(text, () => true, 10).map((r) => r.entry.id);

describe("related text analysis", () => {
  it("splits words on anything that is not a letter or digit and drops stop words and single letters", () => {
    expect(words("The on-call rota, i.e. Bob's 2nd try!").map((w) => w.lower)).toEqual([
      "call",
      "rota",
      "bob",
      "2nd",
      "try",
    ]);
  });

  it("detects the language from its stop words, English when none shows", () => {
    expect(detectLanguage("Wir haben die Übergabe an das Team verbessert")).toBe("german");
    expect(detectLanguage("Nous avons essayé les rétrospectives avec une autre équipe")).toBe("french");
    expect(detectLanguage("Probamos las retrospectivas con el otro equipo")).toBe("spanish");
    expect(detectLanguage("deploy pipeline flaky")).toBe("english");
  });

  it("stems word forms and folds accents and case", () => {
    expect(documentTerms("Deploying DEPLOYMENTS deployed")).toEqual(["deploy", "deploy", "deploy"]);
    expect(documentTerms("Die Übergaben und die Übergabe", "german")).toEqual(["ubergab", "ubergab"]);
    expect(documentTerms("Café naïve")).toEqual(documentTerms("cafe NAIVE"));
  });

  it("reads each query word in every language, once", () => {
    const terms = queryTerms("Übergaben übergaben tests");
    expect(terms).toHaveLength(2);
    expect(terms[0]).toContain("ubergab");
    expect(terms[1]).toContain("test");
  });

  it("names the words of a text that matched, as written", () => {
    expect(matchedWords("Deployments were slow; we deploy daily now", new Set(["deploy"]))).toEqual([
      "Deployments",
      "deploy",
    ]);
  });
});

describe("related ranking", () => {
  it("finds word forms in another case and without accents", () => {
    const index = indexOf(
      answer("a", "Die Übergabe an das Betriebsteam war zu spät"),
      answer("b", "Unrelated"),
    );
    expect(rank(index, "ubergaben")).toEqual(["a"]);
    expect(rank(index, "SPÄT")).toEqual(["a"]);
  });

  it("weights rare words over common ones (BM25)", () => {
    const common = Array.from({ length: 8 }, (_, i) => answer(`c${i}`, `standup notes ${i}`));
    const index = indexOf(
      ...common,
      answer("rare", "standup kubernetes"),
      answer("common-only", "standup standup"),
    );
    // "kubernetes" is in one answer, "standup" in ten: the rare word decides.
    expect(rank(index, "standup kubernetes")[0]).toBe("rare");
    expect(rank(index, "kubernetes")).toEqual(["rare"]);
  });

  it("ranks by relevance first, and equally related items newest first", () => {
    const index = indexOf(
      answer("old", "pairing helped", "2025-01-01T09:00:00.000Z"),
      answer("new", "pairing helped", "2026-03-01T09:00:00.000Z"),
      answer("mid", "pairing helped", "2025-06-01T09:00:00.000Z"),
      answer("best", "pairing pairing helped with mob review", "2024-01-01T09:00:00.000Z"),
    );
    const ranked = rank(index, "pairing mob review");
    expect(ranked[0]).toBe("best");
    expect(ranked.slice(1)).toEqual(["new", "mid", "old"]);
  });

  it("prefers an experiment whose outcome came more recently when relevance ties", () => {
    const experiment = (id: string, closedAt: string): IndexSourceDoc => ({
      id,
      type: "experiment",
      roundId: null,
      text: "Rotate on-call",
      status: "done",
      outcome: "worked",
      sourceAnswerId: null,
      createdAt: "2025-01-01T00:00:00.000Z",
      closedAt,
      _ts: ts++,
    });
    const index = indexOf(
      experiment("earlier", "2025-02-01T00:00:00.000Z"),
      experiment("later", "2025-05-01T00:00:00.000Z"),
    );
    expect(rank(index, "rotation")).toEqual(["later", "earlier"]);
  });

  it("replaces an edited document, ignores an older copy and forgets a removed one", () => {
    const index = indexOf(answer("a", "first draft"));
    index.apply({ ...answer("a", "final wording"), _ts: 1000 });
    expect(rank(index, "draft")).toEqual([]);
    expect(rank(index, "wording")).toEqual(["a"]);
    index.apply({ ...answer("a", "stale copy"), _ts: 10 });
    expect(rank(index, "wording")).toEqual(["a"]);
    index.remove("a");
    expect(rank(index, "wording")).toEqual([]);
    expect(index.size).toBe(0);
  });

  it("returns nothing for a text of stop words only", () => {
    expect(rank(indexOf(answer("a", "the and of")), "the and")).toEqual([]);
  });

  it("in a large scope scores only the query's rarer words, and forgets removed entries' words", () => {
    const docs = Array.from({ length: SELECTIVE_FROM }, (_, i) =>
      answer(`d${i}`, `standup ${i % 2 === 0 ? "deploy" : "review"} note${i}`),
    );
    const index = indexOf(...docs, answer("rare", "standup deploy kubernetes"));
    // "standup" is in every entry, "deploy" in half: more than the common share, left out.
    expect(COMMON_SHARE).toBeLessThan(0.5);
    const kept = index.selective(queryTerms("standup deploy kubernetes note7"));
    expect(kept.flat()).toEqual(expect.arrayContaining(["kubernet"]));
    expect(kept.flat()).not.toContain("standup");
    expect(kept.flat()).not.toContain("deploy");
    expect(rank(index, "standup deploy kubernetes")[0]).toBe("rare");
    // A query of common words only keeps its rarest one, so it still finds something.
    expect(index.selective(queryTerms("standup deploy")).map((terms) => terms[0])).toEqual(["deploy"]);
    // At most the rarest few words of a long query count.
    const long = Array.from({ length: RAREST_WORDS + 4 }, (_, i) => `note${i}`).join(" ");
    expect(index.selective(queryTerms(long))).toHaveLength(RAREST_WORDS);
    // A removed entry's words no longer count: "kubernetes" is gone from the scope.
    index.remove("rare");
    expect(index.selective(queryTerms("kubernetes"))).toEqual([]);
  });
});
