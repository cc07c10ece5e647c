import type { PromptKind } from "./common";

export interface PromptView {
  id: string;
  text: string;
  kind: PromptKind;
  hint: string;
  source: "library" | "custom";
}

export interface PromptsResponse {
  prompts: PromptView[];
  /** Today's suggestion from the scope's rotation. */
  today: PromptView;
}
