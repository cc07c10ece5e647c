import { z } from "zod";
import type { LearningMode } from "./common";
import type { ExperimentStatus } from "./experiments";

/** The longest text `related` accepts: an answer (1,000) or an experiment with its outcome fits. */
export const RELATED_TEXT_MAX = 2000;
export const RELATED_LIMIT_MAX = 20;

/** `GET /api/scopes/{scope}/related`: the team's own earlier answers and experiments related to a text. */
export const relatedQuerySchema = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1, "Must not be empty.")
    .max(RELATED_TEXT_MAX, `Must be at most ${RELATED_TEXT_MAX} characters.`),
  limit: z.coerce.number().int().min(1).max(RELATED_LIMIT_MAX).default(5),
  /** Leave this round's items out (the round the caller is answering now). */
  excludeRoundId: z.uuid({ message: "Must be a UUID." }).optional(),
  /** Only this kind of item ("Have we tried this before?" asks for experiments). */
  kind: z.enum(["answer", "experiment"]).optional(),
});
export type RelatedQuery = z.infer<typeof relatedQuerySchema>;

export type RelatedKind = "answer" | "experiment";

/**
 * One related item. It names nobody (no author, creator or owner) and carries no time of its own
 * but the round's start, which every member already sees (docs/anonymity.md).
 */
export interface RelatedItem {
  kind: RelatedKind;
  id: string;
  /** The round it came from; null for an experiment noted outside a round. */
  roundId: string | null;
  /** The round's start (what history shows for anonymous answers too). */
  roundAt: string | null;
  /** The round's prompt, when there is a round. */
  promptText: string | null;
  text: string;
  /** An answer's learning mode; null for experiments and unlabelled answers. */
  mode: LearningMode | null;
  /** An experiment's status; for an answer, that of the experiment made from it, if any. */
  status: ExperimentStatus | null;
  /** An experiment's outcome; for an answer, that of the experiment made from it, if any. */
  outcome: string | null;
  /** The words of the text that matched, as written in the item, for highlighting. */
  matched: string[];
}

export interface RelatedResponse {
  items: RelatedItem[];
}
