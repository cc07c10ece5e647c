import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { makeLocalQueriesLinear, rewriteAccumulators } from "../../api/src/local/linear-queries";

describe("linear local queries", () => {
  it("rewrites accumulator copies into pushes, nested ones too, and leaves strings alone", () => {
    expect(
      rewriteAccumulators('c.reduce(($, c) => typeof c !== "undefined" ? [...$, { c: c }] : $, [])'),
    ).toBe('c.reduce(($, c) => typeof c !== "undefined" ? ($.push({ c: c }), $) : $, [])');
    expect(
      rewriteAccumulators("x.reduce(($, { f }) => [...$, ...(f.k || []).map(k => ({ k, f: [1] }))], [])"),
    ).toBe("x.reduce(($, { f }) => ($.push(...(f.k || []).map(k => ({ k, f: [1] }))), $), [])");
    expect(rewriteAccumulators('"[...$, ]" + [...$, "]"]')).toBe('"[...$, ]" + ($.push("]"), $)');
  });

  it("gives the same results as the original engine for filters, joins, ordering and paging", () => {
    const require = createRequire(createRequire(import.meta.url).resolve("@vercel/cosmosdb-server"));
    const parse = (require("@zeit/cosmosdb-query") as { default: (q: string) => object }).default;
    const execute = (require("@zeit/cosmosdb-query/lib/executor") as { default: Executor }).default;
    makeLocalQueriesLinear();
    const getter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(parse("SELECT * FROM c")), "code")!
      .get as unknown as {
      original: (this: object) => string;
    };
    const docs = Array.from({ length: 40 }, (_, i) => ({
      id: `d${i}`,
      _rid: `r${String(i).padStart(3, "0")}`,
      pk: i % 2 ? "a" : "b",
      n: i % 7,
      tags: i % 3 ? [{ t: "x" }, { t: `y${i}` }] : [],
    }));
    for (const query of [
      "SELECT * FROM c WHERE c.pk = 'a' ORDER BY c.n DESC",
      "SELECT c.id, t.t FROM c JOIN t IN c.tags WHERE t.t != 'x'",
      "SELECT TOP 5 * FROM c WHERE ARRAY_CONTAINS(['d1','d2','d30'], c.id)",
      "SELECT VALUE COUNT(1) FROM c WHERE c.n > 2",
    ]) {
      const original = getter.original.call(parse(query));
      const linear = rewriteAccumulators(original);
      expect(linear, query).not.toBe(original);
      expect(execute(docs, { code: linear, maxItemCount: 7 }), query).toEqual(
        execute(docs, { code: original, maxItemCount: 7 }),
      );
    }
  });
});

type Executor = (docs: unknown[], options: { code: string; maxItemCount?: number }) => unknown;
