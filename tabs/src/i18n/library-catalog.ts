import type { LibraryTranslation } from "@learning-loop/contract/library/translation";

/** The prompt library's translations as catalog entries: `library.<id>.text` and `library.<id>.hint`. */
export function libraryMessages(library: LibraryTranslation): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const [id, prompt] of Object.entries(library)) {
    entries[`library.${id}.text`] = prompt.text;
    entries[`library.${id}.hint`] = prompt.hint;
  }
  return entries;
}
