import { z } from "zod";

/** Counts what a person sees as characters (code points), so the UI counter and the API agree. */
export const codePointLength = (text: string): number => [...text].length;

export const textField = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "Must not be empty.")
    .refine((text) => codePointLength(text) <= max, `Must be at most ${max} characters.`);

export const uuid = z.uuid({ message: "Must be a UUID." });

export const isoDateTime = z.iso.datetime({ offset: true });

/**
 * A scope is where a team's learning lives: `team:{groupId}` (channel tab, channel meetings) or
 * `chat:{chatId}` (private and recurring meetings). Kept to printable ASCII so it can sit in a
 * partition key and a URL segment without surprises.
 */
export const scopeSchema = z
  .string()
  .max(300)
  .regex(/^(team|chat):[\x21-\x7e]{1,290}$/, "Must be team:{groupId} or chat:{chatId}.");
export type Scope = z.infer<typeof scopeSchema>;

export const LEARNING_MODES = ["experimental", "contextual", "vicarious", "reflexive"] as const;
export const learningModeSchema = z.enum(LEARNING_MODES);
export type LearningMode = z.infer<typeof learningModeSchema>;

/** A prompt's kind: the four learning modes plus the article's weekly questions, after-action review and psychological safety. */
export const PROMPT_KINDS = [...LEARNING_MODES, "weekly", "afterAction", "safety"] as const;
export const promptKindSchema = z.enum(PROMPT_KINDS);
export type PromptKind = z.infer<typeof promptKindSchema>;

export const REVEAL_MODES = ["live", "afterAnswer", "onReveal"] as const;
export const revealModeSchema = z.enum(REVEAL_MODES);
export type RevealMode = z.infer<typeof revealModeSchema>;

export const REACTION_KINDS = ["me-too", "insightful"] as const;
export const reactionKindSchema = z.enum(REACTION_KINDS);
export type ReactionKind = z.infer<typeof reactionKindSchema>;

export interface Person {
  oid: string;
  name: string;
}

export const ANSWER_MAX = 1000;
export const PROMPT_MAX = 300;
