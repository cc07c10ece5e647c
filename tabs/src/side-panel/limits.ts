import type * as Contract from "@learning-loop/contract";

/*
 * The contract's limits and vocabularies, repeated here as plain values and tied to the contract by
 * their types: a change there fails the type check here. Importing the values would pull the
 * contract's zod schemas (and zod) into the side panel's first bundle, which only needs these.
 */

export const ANSWER_LIMIT: typeof Contract.ANSWER_MAX = 1000;
export const PROMPT_LIMIT: typeof Contract.PROMPT_MAX = 300;
export const EXPERIMENT_TEXT_LIMIT: typeof Contract.EXPERIMENT_TEXT_MAX = 500;
export const OUTCOME_LIMIT: typeof Contract.OUTCOME_MAX = 2000;

export const LEARNING_MODES = [
  "experimental",
  "contextual",
  "vicarious",
  "reflexive",
] as const satisfies typeof Contract.LEARNING_MODES;

export const PROMPT_KINDS = [
  ...LEARNING_MODES,
  "weekly",
  "afterAction",
  "safety",
] as const satisfies typeof Contract.PROMPT_KINDS;

export const REVEAL_MODES = [
  "live",
  "afterAnswer",
  "onReveal",
] as const satisfies typeof Contract.REVEAL_MODES;

export const REACTION_KINDS = ["me-too", "insightful"] as const satisfies typeof Contract.REACTION_KINDS;

/** Characters as a person counts them (code points), exactly as the API counts them. */
export const codePoints = (text: string): number => [...text].length;

/** What the composer shows: the count the API will make (trimmed, code points) and how far over the limit. */
export function composerCount(text: string, limit: number = ANSWER_LIMIT): { count: number; over: number } {
  const count = codePoints(text.trim());
  return { count, over: Math.max(0, count - limit) };
}
