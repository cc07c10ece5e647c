/**
 * Folds text for search: compatibility decomposition, combining marks dropped, lower case. The API
 * stores it on documents as `search`, so a plain CONTAINS in the query is case- and
 * accent-insensitive; the history tab marks what matched with the same folding (`matchRanges`).
 */
export const foldForSearch = (text: string): string =>
  text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Where `query` occurs in `text` as the history search matches it (the folded query inside the
 * folded text), as `[start, end)` ranges of `text`'s own UTF-16 indices, in order and apart.
 * Each code point of `text` is folded alone so that a match can be traced back to the characters
 * it came from: "Übergabe" is found by "ubergabe" and marked whole.
 */
export function matchRanges(text: string, query: string): [number, number][] {
  const needle = foldForSearch(query.trim());
  if (!needle) return [];
  let folded = "";
  // For each UTF-16 unit of `folded`, the index in `text` of the code point it came from.
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldForSearch(char);
    folded += piece;
    for (let i = 0; i < piece.length; i++) origin.push(index);
    index += char.length;
  }
  const ranges: [number, number][] = [];
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
    const start = origin[at]!;
    const lastOrigin = origin[at + needle.length - 1]!;
    let end = lastOrigin + String.fromCodePoint(text.codePointAt(lastOrigin)!).length;
    // Characters that fold to nothing (a combining accent after the last letter) belong to it.
    while (end < text.length) {
      const next = String.fromCodePoint(text.codePointAt(end)!);
      if (foldForSearch(next) !== "") break;
      end += next.length;
    }
    const previous = ranges.at(-1);
    if (previous && start <= previous[1]) previous[1] = Math.max(previous[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}
