import { z } from "zod";
import { textField, uuid } from "./common";

export const EXPERIMENT_STATUSES = ["planned", "running", "done", "dropped"] as const;
export const experimentStatusSchema = z.enum(EXPERIMENT_STATUSES);
export type ExperimentStatus = z.infer<typeof experimentStatusSchema>;

export const EXPERIMENT_TEXT_MAX = 500;
export const OUTCOME_MAX = 2000;

/** A calendar date (`2026-12-01`), a date-time, or "next-standup": when the team checks back. */
export const checkBackSchema = z.union(
  [z.iso.date(), z.iso.datetime({ offset: true }), z.literal("next-standup")],
  { error: 'Must be a date (YYYY-MM-DD), a date-time with an offset, or "next-standup".' },
);

/**
 * The owner: a display name, or a person with an optional oid. Defaults to the creator, except for
 * an experiment made from an anonymous answer, which has no owner until somebody is named (naming
 * yourself there would say who wrote the answer). A null oid is accepted so that a view's `owner`
 * can be sent back as it came.
 */
export const ownerSchema = z.union(
  [textField(100), z.strictObject({ oid: uuid.nullable().optional(), name: textField(100) })],
  { error: "Must be a name or { oid?, name }." },
);
export type OwnerInput = z.infer<typeof ownerSchema>;

export const createExperimentSchema = z.strictObject({
  id: uuid,
  text: textField(EXPERIMENT_TEXT_MAX),
  owner: ownerSchema.optional(),
  checkBackAt: checkBackSchema.optional(),
  sourceAnswerId: uuid.optional(),
  roundId: uuid.optional(),
});
export type CreateExperimentRequest = z.infer<typeof createExperimentSchema>;

export const updateExperimentSchema = z.strictObject({
  text: textField(EXPERIMENT_TEXT_MAX).optional(),
  /** Null takes the owner off: nobody is named. */
  owner: ownerSchema.nullable().optional(),
  checkBackAt: checkBackSchema.nullable().optional(),
  status: experimentStatusSchema.optional(),
  outcome: textField(OUTCOME_MAX).nullable().optional(),
});
export type UpdateExperimentRequest = z.infer<typeof updateExperimentSchema>;

export interface ExperimentOwner {
  oid: string | null;
  name: string;
}

export interface ExperimentView {
  id: string;
  text: string;
  /** Null while nobody is named (always so at first for an experiment from an anonymous answer). */
  owner: ExperimentOwner | null;
  checkBackAt: string | null;
  status: ExperimentStatus;
  outcome: string | null;
  sourceAnswerId: string | null;
  roundId: string | null;
  /** Set when it adopts a lesson of another team (the tenant's lesson feed). */
  lessonId?: string;
  /**
   * Who wrote it down; null when it came from an anonymous answer, so that the experiment never
   * tells who pressed "We'll try this" on their own anonymous idea.
   */
  createdBy: ExperimentOwner | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** True when the scope's next stand-up should revisit it (check-back reached, still open). */
  due: boolean;
  etag: string;
}

export interface ExperimentsResponse {
  items: ExperimentView[];
}

/** One person of a scope, for the owner picker: never more than a display name and the Entra oid. */
export interface ScopeMember {
  /** The person's Entra object id. */
  id: string;
  name: string;
}

export interface ScopeMembersResponse {
  items: ScopeMember[];
}

/** `GET /api/scopes/{scope}/members?q=`: a name filter, case- and accent-insensitive. */
export const membersQuerySchema = z.strictObject({ q: z.string().max(100).optional() });

/** One experiment the caller owns, in any of their scopes (`GET /api/me/experiments`). */
export interface MyExperimentView extends ExperimentView {
  scope: string;
  /** The scope's name as its owners set it (its id until they do). */
  scopeName: string;
  /** The day the check-back falls due in the scope's time zone; null without a check-back. */
  dueOn: string | null;
}

export interface MyExperimentsResponse {
  items: MyExperimentView[];
  nextCursor: string | null;
}

export const myExperimentsQuerySchema = z.strictObject({ cursor: z.string().max(500).optional() });

/** The statuses the check-back card offers, with an outcome. */
export const CARD_OUTCOME_STATUSES = ["done", "dropped", "running"] as const;
