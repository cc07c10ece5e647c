import type { PromptView, PromptsResponse } from "@learning-loop/contract";
import { promptWords } from "./i18n";

/** A prompt as the reader sees it: a library prompt in their language, a team's own as typed. */
export const localizedPrompt = (prompt: PromptView): PromptView => ({ ...prompt, ...promptWords(prompt) });

/** The scope's prompts from `GET …/prompts`, each in the reader's language (docs/i18n.md). */
export function localizedPrompts(response: PromptsResponse): PromptsResponse {
  return {
    ...response,
    prompts: response.prompts.map(localizedPrompt),
    today: localizedPrompt(response.today),
  };
}
