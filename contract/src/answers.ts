import { z } from "zod";
import { ANSWER_MAX, learningModeSchema, textField, uuid } from "./common";

export const createAnswerSchema = z.strictObject({
  id: uuid,
  text: textField(ANSWER_MAX),
  anonymous: z.boolean().optional(),
  mode: learningModeSchema.optional(),
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
