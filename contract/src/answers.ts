import { z } from "zod";
import { ANSWER_MAX, learningModeSchema, textField, uuid } from "./common";

export const createAnswerSchema = z.strictObject({
  id: uuid,
  text: textField(ANSWER_MAX),
  anonymous: z.boolean().optional(),
  mode: learningModeSchema.optional(),
});
export type CreateAnswerRequest = z.infer<typeof createAnswerSchema>;
