import { z } from "zod";
import { promptKindSchema } from "./common";
import type { PromptKind } from "./common";

export interface PromptView {
  id: string;
  text: string;
  /** Library prompts always have a kind; a team's own prompt may leave it open. */
  kind: PromptKind | null;
  hint: string | null;
  source: "library" | "custom";
}

export interface PromptsResponse {
  prompts: PromptView[];
  /** Today's suggestion from the scope's rotation (never narrowed by `kind`). */
  today: PromptView;
}

/** `GET /api/scopes/{scope}/prompts?kind=`: narrows `prompts` to one kind. */
export const promptsQuerySchema = z.strictObject({
  kind: promptKindSchema.optional(),
});
export type PromptsQuery = z.infer<typeof promptsQuerySchema>;
