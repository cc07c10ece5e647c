import { createRequire } from "node:module";

/**
 * The local server's query engine (@zeit/cosmosdb-query, inside @vercel/cosmosdb-server) compiles
 * `FROM c` into `collection.reduce(($, c) => [...$, { c }], [])`: copying the accumulator for every
 * document makes every query quadratic in the container's size (3 s at 20,000 items, ~25 s at
 * 50,000). Rewriting each `[...$, X]` accumulator step into `($.push(X), $)` keeps the semantics and
 * makes it linear. Only the local test double changes; real Cosmos DB is unaffected.
 */
export function makeLocalQueriesLinear(): void {
  // The query engine is a dependency of the server package, so it is resolved from there.
  const require = createRequire(createRequire(import.meta.url).resolve("@vercel/cosmosdb-server"));
  const compile = (require("@zeit/cosmosdb-query") as { default: (query: string) => object }).default;
  const prototype = Object.getPrototypeOf(compile("SELECT * FROM c")) as object;
  const descriptor = Object.getOwnPropertyDescriptor(prototype, "code");
  if (!descriptor?.get || (descriptor.get as { linear?: boolean }).linear) return;
  const original = descriptor.get;
  const linear = function (this: object) {
    return rewriteAccumulators(String(original.call(this)));
  };
  Object.assign(linear, { linear: true, original });
  Object.defineProperty(prototype, "code", { ...descriptor, get: linear });
}

const OPEN = "[...$, ";

/** Rewrites every `[...$, <elements>]` into `($.push(<elements>), $)`, matching brackets and skipping strings. */
export function rewriteAccumulators(code: string): string {
  let out = "";
  for (let i = 0; i < code.length; i++) {
    const char = code[i]!;
    if (isQuote(char)) {
      const end = stringEnd(code, i);
      out += code.slice(i, end + 1);
      i = end;
    } else if (code.startsWith(OPEN, i)) {
      const end = closingBracket(code, i);
      if (end < 0) return out + code.slice(i);
      out += `($.push(${rewriteAccumulators(code.slice(i + OPEN.length, end))}), $)`;
      i = end;
    } else {
      out += char;
    }
  }
  return out;
}

const isQuote = (char: string) => char === '"' || char === "'" || char === "`";

function stringEnd(code: string, open: number): number {
  let i = open + 1;
  while (i < code.length && code[i] !== code[open]) i += code[i] === "\\" ? 2 : 1;
  return i;
}

function closingBracket(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const char = code[i]!;
    if (isQuote(char)) i = stringEnd(code, i);
    else if (char === "[" || char === "(" || char === "{") depth++;
    else if (char === "]" || char === ")" || char === "}") {
      depth--;
      if (depth === 0) return char === "]" ? i : -1;
    }
  }
  return -1;
}
