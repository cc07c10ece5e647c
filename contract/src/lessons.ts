import { z } from "zod";
import { learningModeSchema, scopeSchema, uuid } from "./common";
import type { LearningMode } from "./common";
import { checkBackSchema } from "./experiments";
import type { ExperimentStatus } from "./experiments";

/** What a lesson is made from: an answer (its author publishes it) or an experiment with its outcome. */
export const LESSON_SOURCE_KINDS = ["answer", "experiment"] as const;
export type LessonSourceKind = (typeof LESSON_SOURCE_KINDS)[number];

/** `POST /api/scopes/{scope}/lessons`: publish an answer or experiment of the scope to the tenant. */
export const publishLessonSchema = z.strictObject({
  id: uuid,
  source: z.strictObject({
    kind: z.enum(LESSON_SOURCE_KINDS, { error: 'Must be "answer" or "experiment".' }),
    id: uuid,
  }),
  /** Leave the team's name off this lesson (a scope may also hide it for all its lessons). */
  hideTeam: z.boolean().optional(),
  /** Show the author's name; only the author may ask for it, and it is off unless asked. */
  showAuthor: z.boolean().optional(),
});
export type PublishLessonRequest = z.infer<typeof publishLessonSchema>;

export const LESSON_SORTS = ["newest", "adopted"] as const;
export type LessonSort = (typeof LESSON_SORTS)[number];

/** `GET /api/lessons?q=&mode=&sort=&cursor=`: the caller's tenant feed. */
export const lessonsQuerySchema = z.strictObject({
  q: z.string().max(100, "Must be at most 100 characters.").optional(),
  mode: learningModeSchema.optional(),
  sort: z.enum(LESSON_SORTS, { error: 'Must be "newest" or "adopted".' }).optional(),
  cursor: z.string().max(500).optional(),
});
export type LessonsQuery = z.infer<typeof lessonsQuerySchema>;

/** `POST /api/lessons/{id}/adoptions`: try the lesson as an experiment with this id in this scope. */
export const adoptLessonSchema = z.strictObject({
  scope: scopeSchema,
  id: uuid,
  checkBackAt: checkBackSchema.optional(),
});
export type AdoptLessonRequest = z.infer<typeof adoptLessonSchema>;

/** One team's try of a lesson, once it has an outcome. */
export interface LessonTry {
  /** The adopting team's name, or null when that team hides its name. */
  team: string | null;
  status: ExperimentStatus;
  outcome: string;
}

export interface LessonView {
  id: string;
  kind: LessonSourceKind;
  text: string;
  mode: LearningMode | null;
  /** For a lesson from an experiment: how it ended (status and outcome); null for answers. */
  status: ExperimentStatus | null;
  outcome: string | null;
  /** The publishing team's name; null when its owners hide it. */
  team: string | null;
  /** The author's display name, only when the author chose to show it. */
  author: string | null;
  publishedAt: string;
  /** How many experiments were started from it. */
  adoptedCount: number;
  /** "Tried by N teams": the adoptions that came back with an outcome. */
  tried: LessonTry[];
  /** True when the caller may unpublish it (its publisher, the publishing scope's owner, a tenant admin). */
  canUnpublish: boolean;
  /** The publishing scope, for `DELETE /api/scopes/{scope}/lessons/{id}`: only when `canUnpublish`. */
  scope?: string;
}

export interface LessonsResponse {
  items: LessonView[];
  nextCursor: string | null;
}

/** `GET /api/me/lessons-access`: what the caller may do with the feed. */
export interface LessonsAccessView {
  /** False when a tenant admin turned the feed off. */
  feedEnabled: boolean;
  /** True for a tenant admin (the `LearningLoop.Admin` app role). */
  admin: boolean;
}

/** `PUT /api/admin/lessons-settings`: a tenant admin turns the feed on or off. */
export const tenantLessonSettingsSchema = z.strictObject({ feedEnabled: z.boolean() });
export type TenantLessonSettings = z.infer<typeof tenantLessonSettingsSchema>;

/** The Entra app role of a tenant admin (aad.manifest.json `appRoles`, the token's `roles` claim). */
export const ADMIN_ROLE = "LearningLoop.Admin";
