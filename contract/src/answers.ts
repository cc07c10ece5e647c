import { z } from "zod";
import { ANSWER_MAX, learningModeSchema, textField, uuid } from "./common";
import { reviewQuestionSchema } from "./reviews";

export const createAnswerSchema = z.strictObject({
  id: uuid,
  text: textField(ANSWER_MAX),
  anonymous: z.boolean().optional(),
  mode: learningModeSchema.optional(),
  /** In an after-action review: which of its four questions this answers (0–3). */
  question: reviewQuestionSchema.optional(),
});
export type CreateAnswerRequest = z.infer<typeof createAnswerSchema>;

/** The author's edit: text and mode. Anonymity is chosen when answering and stays. */
export const updateAnswerSchema = z
  .strictObject({
    text: textField(ANSWER_MAX).optional(),
    mode: learningModeSchema.nullable().optional(),
  })
  .refine((body) => body.text !== undefined || body.mode !== undefined, {
    message: "Give text or mode to change.",
    path: ["text"],
  });
export type UpdateAnswerRequest = z.infer<typeof updateAnswerSchema>;
