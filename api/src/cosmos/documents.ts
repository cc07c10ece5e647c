import type {
  ExperimentStatus,
  LearningMode,
  NotificationKind,
  Person,
  PromptKind,
  PulseScores,
  PulseSetting,
  PulseStatementId,
  ReactionKind,
  RevealMode,
  RoundStatus,
} from "@learning-loop/contract";

/** Fields every document carries: one logical partition per tenant scope, plus the filters every query repeats. */
export interface BaseDoc {
  id: string;
  pk: string;
  tid: string;
  scope: string;
  _etag?: string;
}

/**
 * The history's sort key, shared by a round and everything in it (ARCHITECTURE §8: a history page
 * is one query): the round's id and start. Absent on documents written before it existed, and on
 * experiments that belong to no round.
 */
export interface InRound {
  roundId: string;
  /** The round's `startedAt`, copied; a round's start never changes. */
  roundAt: string;
}

export interface RoundDoc extends BaseDoc, InRound {
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
  /** The prompt folded for search (see search/normalize.ts). */
  search?: string;
}

export interface AnswerDoc extends BaseDoc, InRound {
  type: "answer";
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
  /** The text folded for search (see search/normalize.ts). */
  search?: string;
}

/** One per person, answer and kind; its id is derived from all three, so a repeated reaction is a no-op. */
export interface ReactionDoc extends BaseDoc, InRound {
  type: "reaction";
  answerId: string;
  kind: ReactionKind;
  oid: string;
  createdAt: string;
}

export interface ExperimentDoc extends BaseDoc {
  type: "experiment";
  text: string;
  /** Null while nobody is named: see `createdBy`. */
  owner: { oid: string | null; name: string } | null;
  /** A date (`YYYY-MM-DD`), a date-time, "next-standup", or null. */
  checkBackAt: string | null;
  /**
   * The first day (`YYYY-MM-DD` in the scope's time zone at the time it was set) on which the
   * check-back is due, or null without one. Fixed when `checkBackAt` is set because "next-standup"
   * means the day after it was set. Absent on documents written before it existed.
   */
  dueOn?: string | null;
  status: ExperimentStatus;
  outcome: string | null;
  sourceAnswerId: string | null;
  roundId: string | null;
  /** The round's start when `roundId` is set (see InRound). */
  roundAt?: string;
  /**
   * Null when the experiment came from an anonymous answer: whoever wrote it down may be the
   * answer's author. `creatorProof` then stands in for the creator (an owner proof over the
   * experiment's id, see answers/owner-proof.ts), so a replay and "delete my data" still find them.
   */
  createdBy: { oid: string | null; name: string } | null;
  creatorProof?: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Bumped by every change; the API's ETag is made from it. */
  rev: number;
  /** Text and outcome folded for search (see search/normalize.ts). */
  search?: string;
}

/** The scope's settings; absent until an owner first saves them (defaults apply until then). */
export interface ScopeDoc extends BaseDoc {
  type: "scope";
  name: string;
  rotation: string[];
  revealMode: RevealMode;
  anonymousDefault: boolean;
  timezone: string;
  retentionDays: number | null;
  notifications: Record<NotificationKind, boolean>;
  /** Absent on documents saved before the pulse existed: "off". */
  pulse?: PulseSetting;
  updatedAt: string;
  rev: number;
}

export interface PromptDoc extends BaseDoc {
  type: "prompt";
  text: string;
  kind: PromptKind | null;
  hint: string | null;
  createdBy: Person;
  createdAt: string;
}

/**
 * A team pulse. Its document id is the month it claims (`pulse-month|2026-12`, in the scope's
 * time zone when it opened), so that creating it is the once-a-month check: a second pulse in the
 * same month cannot be created even by two owners at once. `pulseId` is the id the API shows.
 * Who started it is not stored.
 */
export interface PulseDoc extends BaseDoc {
  type: "pulse";
  pulseId: string;
  month: string;
  statements: PulseStatementId[];
  openedAt: string;
  closesAt: string;
  /** Set when an owner closed it before `closesAt`. */
  closedAt: string | null;
  /** True when the scope's monthly schedule opened it. */
  scheduled: boolean;
}

/**
 * One person's answers to one pulse. The id is keyed (HMAC under the anonymity secret) from the
 * tenant, the person and the pulse, so that a second answer replaces the first and "delete my
 * data" can find it again; the document holds no oid, no name and no time of its own (only the
 * pulse's `openedAt`, for retention).
 */
export interface PulseResponseDoc extends BaseDoc {
  type: "pulseResponse";
  pulseId: string;
  openedAt: string;
  scores: PulseScores;
}
