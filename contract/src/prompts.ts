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
  /** A team's own prompt's version, for `If-Match` when it is edited or removed; absent on library prompts. */
  etag?: string;
}

export interface PromptsResponse {
  prompts: PromptView[];
  /**
   * The suggestion for the next learning moment: the scope's `nextPrompt` while one is set (until a
   * round starts with it), else today's prompt from the rotation. Never narrowed by `kind`.
   */
  today: PromptView;
}

/** `GET /api/scopes/{scope}/prompts?kind=`: narrows `prompts` to one kind. */
export const promptsQuerySchema = z.strictObject({
  kind: promptKindSchema.optional(),
});
export type PromptsQuery = z.infer<typeof promptsQuerySchema>;
