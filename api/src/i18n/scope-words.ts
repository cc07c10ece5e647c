import type { Language } from "@learning-loop/contract";
import { wordsFor } from "./words";
import type { Words } from "./words";

/** The words of cards posted into a scope's shared conversation: the scope's language (docs/i18n.md), English until one is set. */
export const scopeWords = (settings: { language: Language | null }): Words =>
  wordsFor(settings.language ?? "en");
