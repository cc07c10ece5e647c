import { z } from "zod";
import { PROMPT_MAX, revealModeSchema, textField, uuid } from "./common";
import type { LearningMode, Person, PromptKind, ReactionKind, RevealMode } from "./common";
import type { ExperimentView } from "./experiments";
import type { ReviewView } from "./reviews";

export const startRoundSchema = z
  .strictObject({
    id: uuid.optional(),
    promptId: z.string().min(1).max(100).optional(),
    promptText: textField(PROMPT_MAX).optional(),
    meetingId: z.string().min(1).max(500).optional(),
    revealMode: revealModeSchema.optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.promptId === undefined) === (body.promptText === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["promptId"],
        message: "Give exactly one of promptId or promptText.",
      });
    }
  });
export type StartRoundRequest = z.infer<typeof startRoundSchema>;

export type RoundStatus = "open" | "closed";

export interface AnswerView {
  id: string;
  roundId: string;
  text: string;
  mode: LearningMode | null;
  anonymous: boolean;
  /** Null for anonymous answers: their author is never sent to anybody. */
  author: Person | null;
  /** True when the caller wrote this answer (anonymous ones too). */
  mine: boolean;
  createdAt: string;
  editedAt: string | null;
  reactions: Record<ReactionKind, number>;
  myReactions: ReactionKind[];
  etag: string;
  /** In an after-action review, which of its four questions this answers (0–3); else null. */
  question: number | null;
}

export interface RoundView {
  id: string;
  scope: string;
  promptId: string | null;
  promptText: string;
  kind: PromptKind | null;
  meetingId: string | null;
  status: RoundStatus;
  revealMode: RevealMode;
  revealed: boolean;
  startedBy: Person;
  startedAt: string;
  closedAt: string | null;
  answerCount: number;
  /** True when the caller may close or reveal this round (its starter or the scope's organizer/owner). */
  canManage: boolean;
  /** True when the reveal mode withholds other people's answers from the caller for now. */
  answersHidden: boolean;
  answers: AnswerView[];
  /** Set when the round is an after-action review started by an outside event. */
  review: ReviewView | null;
  /** Experiments the team started from this round. */
  experiments: ExperimentView[];
  etag: string;
}
