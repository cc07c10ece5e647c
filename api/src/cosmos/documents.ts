import type {
  AfterActionEventKind,
  EventSource,
  EventSourceStatus,
  Language,
  ExperimentStatus,
  LearningMode,
  LessonScopeSettings,
  NotificationKind,
  Person,
  PromptKind,
  PulseScores,
  PulseSetting,
  PulseStatementId,
  ReactionKind,
  ReviewQuestion,
  ReviewSourcesSettings,
  RevealMode,
  RoundStatus,
} from "@learning-loop/contract";
import type { ConversationReference } from "@microsoft/agents-activity";
import type { MeetingSurface } from "@microsoft/agents-hosting-extensions-teams";
import type { Scoped } from "./scoped";

/** Fields every document carries: one logical partition per tenant scope, plus the filters every query repeats. */
export interface BaseDoc {
  id: string;
  pk: string;
  tid: string;
  scope: string;
  _etag?: string;
}

/**
 * The history's sort key, shared by a round and everything in it (docs/architecture.md §7: a history page
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
  /**
   * Set on an after-action review started by an outside event: the event and the four questions
   * (snapshots, like `promptText`). Absent on ordinary rounds and on reviews started before it existed.
   */
  review?: RoundReview | null;
}

/** The event and questions of an after-action review round (see `RoundDoc.review`). */
export interface RoundReview {
  source: EventSource;
  kind: AfterActionEventKind;
  title: string;
  url: string | null;
  receivedAt: string;
  /** Absent on reviews started before it existed: `receivedAt`. */
  occurredAt?: string;
  questions: ReviewQuestion[];
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
  /** In an after-action review: which of the four questions it answers (0–3). Absent elsewhere. */
  question?: number | null;
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
  /**
   * Null while nobody is named: see `createdBy`. A person of the scope has their oid; someone
   * outside Teams only a name. A plain string is a name as early documents stored it: read it
   * through `ownerOf` (experiments/experiment-view.ts).
   */
  owner: { oid: string | null; name: string } | string | null;
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
  /** Set when the experiment adopts a lesson of another team (lessons/adoption-service.ts). */
  lessonId?: string;
}

/**
 * A lesson of the tenant feed (docs/lessons.md). It lives in one of the tenant's feed partitions
 * `{tid}|lessons:{bucket}` (bucket = hash of its id), not in the publishing scope's, so that a
 * feed page reads a few partitions and a point read needs only the id.
 */
export interface LessonDoc extends BaseDoc {
  type: "lesson";
  /** The scope it was published from. */
  fromScope: string;
  kind: "answer" | "experiment";
  /** The answer or experiment; null for an anonymous answer, which only `sourceProof` can match. */
  sourceId: string | null;
  /** For an anonymous answer: HMAC(server secret, tid, lesson id, answer id), so only a replay can match it. */
  sourceProof: string | null;
  text: string;
  mode: LearningMode | null;
  /** For an experiment: its status and outcome when published. */
  status: ExperimentStatus | null;
  outcome: string | null;
  /** The team's name when published; null when hidden (per lesson or by the scope). */
  team: string | null;
  hideTeam: boolean;
  /** The author chose to show their name: then `publishedBy.name` shows. */
  showAuthor: boolean;
  /** Who published it; null for an anonymous answer's author, who is `publisherProof` instead. */
  publishedBy: Person | null;
  publisherProof: string | null;
  publishedAt: string;
  /** `{publishedAt}|{id}`: the feed's order and keyset cursor. */
  sortKey: string;
  search: string;
  /** Experiments started from it; moved by patch incr. */
  adoptedCount: number;
}

/** One team's adoption of a lesson: in the lesson's partition, one per adopting experiment. */
export interface LessonAdoptionDoc extends BaseDoc {
  type: "lessonAdoption";
  lessonId: string;
  adopterScope: string;
  experimentId: string;
  /** The adopting team's name, or null when it hides its name. */
  team: string | null;
  status: ExperimentStatus;
  outcome: string | null;
  adoptedAt: string;
  /** The lesson's publishing scope, whose team gets the "tried" card. */
  fromScope: string;
}

/** A tenant admin's switch for the feed, in `{tid}|tenant`. */
export interface LessonFeedSettingsDoc extends BaseDoc {
  type: "lessonFeedSettings";
  feedEnabled: boolean;
  updatedAt: string;
}

/** The scope's settings; absent until an owner first saves them (defaults apply until then). */
export interface ScopeDoc extends BaseDoc {
  type: "scope";
  name: string;
  rotation: string[];
  /** Absent on documents saved before it existed: none. */
  nextPrompt?: string | null;
  revealMode: RevealMode;
  anonymousDefault: boolean;
  timezone: string;
  retentionDays: number | null;
  notifications: Record<NotificationKind, boolean>;
  /** Absent on documents saved before the pulse existed: "off". */
  pulse?: PulseSetting;
  /** Absent on documents saved before the review sources existed: the defaults (`incident`). */
  reviewSources?: ReviewSourcesSettings;
  /** Absent on documents saved before the AI partner existed: off. */
  ai?: boolean;
  /** Absent on documents saved before lessons existed: publishing on, name shown. */
  lessons?: LessonScopeSettings;
  /** Absent on documents saved before languages existed, or null: English until someone chooses. */
  language?: Language | null;
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
  /** Edits so far plus one; absent on prompts stored before they could be edited (1). */
  rev?: number;
  updatedAt?: string;
  _etag?: string;
}

/** What a notification sends: a message with a card, or a targeted in-meeting notification. */
export type Payload =
  | { kind: "message"; activity: object }
  | {
      kind: "meetingNudge";
      meetingId: string;
      /** Entra oids that get no nudge: named answerers and the person who asked for it. */
      excludeOids: string[];
      /**
       * Entra oids Live Share showed in the meeting when the nudge was asked for: only members
       * among them get it. Null or absent (entries written before): every member.
       */
      presentOids?: string[] | null;
      surfaces: MeetingSurface[];
    };

/**
 * - `sending`: claimed, being sent (or the process died while sending; then it stays, see below)
 * - `sent`, `skipped` (nothing to send: switched off, empty week, bot not in the conversation)
 * - `failed`: the connector said no in a way worth retrying; `nextAttemptAt` says when
 * - `uncertain`: no answer, so it may have posted; never sent again
 * - `abandoned`: refused for good, or out of attempts
 */
export type DeliveryStatus = "sending" | "sent" | "skipped" | "failed" | "uncertain" | "abandoned";

/**
 * One per notification, under an id derived from its key (`promptCard|{roundId}`,
 * `weeklyDigest|{weekStart}`, …) in the scope's partition. Creating it claims the send; a second
 * trigger of the same notification finds it and sends nothing. The payload is kept only until
 * it went out, so no answer text lingers in the ledger.
 */
export interface NotificationDoc extends Scoped {
  id: string;
  type: "notification";
  kind: NotificationKind;
  key: string;
  status: DeliveryStatus;
  attempts: number;
  leaseUntil: string | null;
  nextAttemptAt: string | null;
  payload: Payload | null;
  messageId: string | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  /** Seconds; honoured where the container has TTL on (Azure), and by the cleanup job elsewhere. */
  ttl: number;
  _etag?: string;
}

/**
 * Where the bot posts for a scope: the conversation reference it was given when it was added to
 * the team or the meeting chat (docs/architecture.md §3, `conversationRef`). One per scope, in the scope's
 * partition; the latest installation wins.
 */
export interface ConversationRefDoc extends Scoped {
  id: "conversationRef";
  type: "conversationRef";
  /** Who the bot talks to; never the installing user, whom it does not need to remember. */
  reference: ConversationReference;
  /** Teams' id of the team (`19:…@thread.skype`), to recognise cards posted in any of its channels. */
  teamId: string | null;
  /** The channel the bot posts to in a team, for deep links that open that channel's tab. */
  channelId: string | null;
  updatedAt: string;
}

/**
 * A scope's after-action-trigger secret. Checking an HMAC needs the secret itself (a hash of it
 * would not do: whoever holds what verifies can also sign), so it is stored, but sealed with
 * AES-256-GCM under a key derived from the server's own secret and bound to its tenant and scope:
 * a database export alone cannot forge events, and a sealed secret copied into another scope
 * does not open there. It is shown once, when made; rotating replaces it at once.
 */
export interface EventSecretDoc extends Scoped {
  id: "eventSecret";
  type: "eventSecret";
  /** Tells one rotation from the next in logs, without showing anything of the secret. */
  keyId: string;
  sealed: string;
  createdAt: string;
  createdBy: string;
}

/**
 * Events arrive with only the scope in their URL, not the tenant. This small document, kept in a
 * partition of its own per scope, says which tenant's partition holds the scope's secret, so
 * that finding it stays two point reads.
 */
export interface EventSecretIndexDoc {
  id: "eventSecretIndex";
  pk: string;
  tid: string;
  scope: string;
  type: "eventSecretIndex";
  updatedAt: string;
}

/** The outside event behind an after-action-review round, kept beside the round it started. */
export interface AfterActionEventDoc extends Scoped {
  id: string;
  type: "afterActionEvent";
  roundId: string;
  /** Absent on events received before the GitHub and Azure DevOps receivers: "generic". */
  source?: EventSource;
  kind: AfterActionEventKind;
  title: string;
  url: string | null;
  /** The sender's own id for the event, when it gave one. */
  eventId: string | null;
  receivedAt: string;
  /** When the event happened as its source says; absent when it did not say. */
  occurredAt?: string;
}

/**
 * What one source last sent to a scope (`eventSource:{source}` in the scope's partition): times,
 * outcomes and reasons, never anything of the payload. Written only for scopes that have an event
 * secret, so an unknown scope's URL cannot make the API store anything.
 */
export interface EventSourceStatusDoc extends Scoped, EventSourceStatus {
  id: string;
  type: "eventSourceStatus";
}

/**
 * An owner of the scope as the API last verified through Graph (`verifiedOwner:{oid}`). The bot
 * cannot ask Graph on a person's behalf, so a card action only owners may take (closing a
 * review) trusts this record while it is younger than `OWNER_RECORD_DAYS` (scopes/verified-owners.ts).
 */
export interface VerifiedOwnerDoc extends Scoped {
  id: string;
  type: "verifiedOwner";
  oid: string;
  seenAt: string;
  ttl: number;
}

/**
 * A signature seen once, kept until it could no longer pass the time window anyway. Creating it
 * is the check: a second create of the same id (409) is a replay.
 */
export interface SeenSignatureDoc extends Scoped {
  id: string;
  type: "eventSignature";
  expiresAt: string;
  ttl: number;
}

/**
 * Tenants that installed the app's bot. A valid Entra token only proves the caller has *some*
 * tenant; the API serves tenants recorded here or listed in settings (docs/architecture.md §4). One small
 * document per tenant in a partition of its own, `{tid}|tenant`.
 */
export interface TenantDoc {
  id: "tenant";
  pk: string;
  tid: string;
  scope: "tenant";
  type: "tenant";
  installedAt: string;
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

/**
 * "My experiments": one pointer per experiment a person owns, in the owner's own partition
 * `{tid}|owner:{oid}` (scope `owner:{oid}`), so that listing them is one query in one partition.
 * The experiment stays the truth: a pointer whose experiment is gone or has another owner is
 * dropped when read (experiments/owned-index.ts).
 */
export interface OwnedExperimentDoc extends BaseDoc {
  type: "ownedExperiment";
  /** The experiment's scope and id. */
  experimentScope: string;
  experimentId: string;
  /** Open ones first by due day, then closed ones newest first; unique (ends with the id). */
  sortKey: string;
  updatedAt: string;
}

/**
 * The AI partner's calls of one scope on one UTC day (ai/ai-budget.ts): one document per scope,
 * id `aiBudget`, in the scope's partition, started afresh when the day changes. Counts only; no
 * text, no person.
 */
export interface AiBudgetDoc extends BaseDoc {
  type: "aiBudget";
  /** The UTC day (YYYY-MM-DD) `used` counts. */
  day: string;
  used: number;
}
