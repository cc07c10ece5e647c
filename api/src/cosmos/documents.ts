import type { LearningMode, Person, PromptKind, ReactionKind, RevealMode, RoundStatus } from "@learning-loop/contract";

/** Fields every document carries: one logical partition per tenant scope, plus the filters every query repeats. */
export interface BaseDoc {
  id: string;
  pk: string;
  tid: string;
  scope: string;
  _etag?: string;
}

export interface RoundDoc extends BaseDoc {
  type: "round";
  promptId: string | null;
  promptText: string;
  kind: PromptKind | null;
  meetingId: string | null;
  startedBy: Person;
  startedAt: string;
  closedAt: string | null;
  status: RoundStatus;
  revealMode: RevealMode;
  revealed: boolean;
  answerCount: number;
  /** Bumped by every change anyone could see; the poll ETag is made from it. */
  version: number;
}

export interface AnswerDoc extends BaseDoc {
  type: "answer";
  roundId: string;
  text: string;
  mode: LearningMode | null;
  anonymous: boolean;
  /** Absent for anonymous answers, which carry `ownerProof` instead. */
  author: Person | null;
  ownerProof: string | null;
  createdAt: string;
  editedAt: string | null;
  reactions: Record<ReactionKind, number>;
  /** Bumped by the author's edits only, so reactions never make an edit stale. */
  rev: number;
}
