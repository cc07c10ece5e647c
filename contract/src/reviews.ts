import { z } from "zod";

/** What happened outside Teams that deserves an after-action review. */
export const AFTER_ACTION_EVENT_KINDS = [
  "release",
  "incident",
  "sprint",
  "custom",
  "deployment",
  "build",
] as const;
export const afterActionEventKindSchema = z.enum(AFTER_ACTION_EVENT_KINDS);
export type AfterActionEventKind = z.infer<typeof afterActionEventKindSchema>;

/**
 * Where an after-action review's event came from: the generic signed format
 * (`POST …/events`), a GitHub webhook (`POST …/events/github`) or an Azure DevOps service hook
 * (`POST …/events/azure-devops`).
 */
export const EVENT_SOURCES = ["generic", "github", "azureDevOps"] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

/** The four after-action questions, in order; answers to a review carry the index of theirs. */
export const REVIEW_QUESTION_COUNT = 4;
export const reviewQuestionSchema = z
  .number({ error: "Must be a whole number from 0 to 3." })
  .int("Must be a whole number from 0 to 3.")
  .min(0, "Must be a whole number from 0 to 3.")
  .max(REVIEW_QUESTION_COUNT - 1, "Must be a whole number from 0 to 3.");

export interface ReviewQuestion {
  /** The library prompt (`aar-intended`, `aar-actual`, `aar-difference`, `aar-next-time`). */
  id: string;
  text: string;
  hint: string | null;
}

/** What makes a round an after-action review: the event behind it and its four questions. */
export interface ReviewView {
  source: EventSource;
  kind: AfterActionEventKind;
  title: string;
  url: string | null;
  /** When the event arrived. */
  receivedAt: string;
  /** When it happened, as its source says (a release's publication, an issue's close), else when it arrived. */
  occurredAt: string;
  questions: ReviewQuestion[];
}

/** The GitHub issue label and Azure DevOps work item tag that make a closed item start a review. */
export const REVIEW_LABEL_MAX = 50;
export const reviewLabelSchema = z
  .string()
  .trim()
  .min(1, "Must not be empty.")
  .max(REVIEW_LABEL_MAX, `Must be at most ${REVIEW_LABEL_MAX} characters.`)
  .regex(/^[^;\p{Cc}]+$/u, "Must not contain control characters or semicolons.");

export const reviewSourcesSettingsSchema = z.strictObject({
  githubIssueLabel: reviewLabelSchema.optional(),
  azureDevOpsTag: reviewLabelSchema.optional(),
});

export interface ReviewSourcesSettings {
  /** A GitHub issue closed with this label starts a review (default `incident`). */
  githubIssueLabel: string;
  /** An Azure DevOps work item closed with this tag starts a review (default `incident`). */
  azureDevOpsTag: string;
}

export const DEFAULT_REVIEW_LABEL = "incident";

/**
 * `POST /api/scopes/{scope}/events/github` and `…/events/azure-devops`: `201` when the delivery
 * started a review, `200` when it was a redelivery (`created: false`) or an event that starts
 * none (`ignored` says why, `roundId` null).
 */
export interface SourceEventResponse {
  roundId: string | null;
  created: boolean;
  ignored: string | null;
}

export type DeliveryOutcome = "started" | "repeated" | "ignored" | "refused";

/**
 * What a source last sent to a scope, kept per scope and source without anything of the payload:
 * the last delivery that passed the secret and what became of it, and the last one refused.
 */
export interface EventSourceStatus {
  source: EventSource;
  lastDeliveryAt: string | null;
  lastOutcome: Exclude<DeliveryOutcome, "refused"> | null;
  /** Why nothing started (an ignored event), or null. */
  lastReason: string | null;
  lastRefusalAt: string | null;
  lastRefusalReason: string | null;
}

/** `GET /api/scopes/{scope}/reviews`: the scope's open after-action reviews, newest first. */
export const REVIEWS_LIMIT = 10;
