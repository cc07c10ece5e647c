import { z } from "zod";
import { EXPERIMENT_TEXT_MAX } from "./experiments";

/**
 * The AI partner (docs/ai.md): off unless the deployment configures an endpoint (AI_ENDPOINT) and a
 * scope's owner switches it on. Everything it returns is a suggestion the tab labels as AI, lets a
 * person edit or dismiss, and never posts or saves by itself.
 */

/** `GET /api/scopes/{scope}/ai`. */
export interface AiStatus {
  /** The deployment has an AI endpoint configured. */
  available: boolean;
  /** Available and switched on by the scope's owner: the tab shows the AI actions only then. */
  enabled: boolean;
  /** Calls to the model the scope has left today (UTC); 0 when not enabled. */
  remainingToday: number;
  /** Calls per scope per UTC day. */
  dailyBudget: number;
}

/** One theme of a closed round, with the answers it came from (ids of that round's answers). */
export interface AiTheme {
  title: string;
  summary: string;
  answerIds: string[];
}

/** `POST /api/scopes/{scope}/rounds/{roundId}/synthesis` (no body). */
export interface AiSynthesis {
  roundId: string;
  themes: AiTheme[];
}

export const AI_TESTABLE_TEXT_MAX = EXPERIMENT_TEXT_MAX;
export const AI_QUESTION_MAX = 300;

/** `POST /api/scopes/{scope}/ai/testable`: an idea to turn into a testable experiment. */
export const aiTestableRequestSchema = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1, "Must not be empty.")
    .refine(
      (text) => [...text].length <= AI_TESTABLE_TEXT_MAX,
      `Must be at most ${AI_TESTABLE_TEXT_MAX} characters.`,
    ),
});
export type AiTestableRequest = z.infer<typeof aiTestableRequestSchema>;

export interface AiTestable {
  /** "If we …, then …": fits an experiment's text (≤ 500 characters). */
  hypothesis: string;
  /** What the team watches to know whether it worked. */
  signal: string;
  /** A calendar date (YYYY-MM-DD) between tomorrow and 90 days ahead (UTC). */
  checkBackAt: string;
}

/** `POST /api/scopes/{scope}/ai/ask`: a question to the team's own history. */
export const aiAskRequestSchema = z.strictObject({
  question: z
    .string()
    .trim()
    .min(1, "Must not be empty.")
    .refine((text) => [...text].length <= AI_QUESTION_MAX, `Must be at most ${AI_QUESTION_MAX} characters.`),
});
export type AiAskRequest = z.infer<typeof aiAskRequestSchema>;

/** An item of the scope's history the answer cites. */
export interface AiCitation {
  /** The round it came from; null for an experiment noted outside a round. */
  roundId: string | null;
  roundAt: string | null;
  promptText: string | null;
  kind: "answer" | "experiment";
  text: string;
}

export interface AiAnswer {
  /** Null when the team's history holds nothing related: then no model was asked. */
  answer: string | null;
  citations: AiCitation[];
}
