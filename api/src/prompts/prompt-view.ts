import type { PromptView } from "@learning-loop/contract";
import type { PromptDoc } from "../cosmos/documents";
import type { PROMPT_LIBRARY } from "./library";

export const libraryView = (entry: (typeof PROMPT_LIBRARY)[number]): PromptView => ({
  ...entry,
  source: "library",
});

export const customView = (doc: PromptDoc): PromptView => ({
  id: doc.id,
  text: doc.text,
  kind: doc.kind,
  hint: doc.hint,
  source: "custom",
});
