import type { PromptView } from "@learning-loop/contract";
import type { PromptDoc } from "../cosmos/documents";
import type { PROMPT_LIBRARY } from "./library";

export const libraryView = (entry: (typeof PROMPT_LIBRARY)[number]): PromptView => ({
  ...entry,
  source: "library",
});

/** A team's own prompt's ETag: its revision, so only a real edit makes a held tag stale. */
export const promptEtag = (doc: PromptDoc): string => `"${doc.rev ?? 1}"`;

export const customView = (doc: PromptDoc): PromptView => ({
  id: doc.id,
  text: doc.text,
  kind: doc.kind,
  hint: doc.hint,
  source: "custom",
  etag: promptEtag(doc),
});
