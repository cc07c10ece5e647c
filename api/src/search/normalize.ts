/**
 * Folds text for search: compatibility decomposition, combining marks dropped, lower case. Stored on
 * documents as `search` so a plain CONTAINS in the query is case- and accent-insensitive.
 */
export const foldForSearch = (text: string): string =>
  text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
