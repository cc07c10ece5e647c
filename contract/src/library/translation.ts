/**
 * A translation of the prompt library (api/src/prompts/library.ts): every library prompt's text and
 * hint by prompt id. Library prompts are stored by id, so each reader sees them in their own
 * language; a team's own prompts stay as typed. The catalog test checks every id is present.
 */
export type LibraryTranslation = Readonly<Record<string, { readonly text: string; readonly hint: string }>>;
