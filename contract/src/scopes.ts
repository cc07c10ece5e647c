import { z } from "zod";
import { LANGUAGES } from "./i18n/languages";
import type { Language } from "./i18n/languages";
import { PROMPT_MAX, promptKindSchema, revealModeSchema, textField, uuid } from "./common";
import { pulseSettingSchema } from "./pulse";
import type { PulseSetting } from "./pulse";
import { reviewSourcesSettingsSchema } from "./reviews";
import type { ReviewSourcesSettings } from "./reviews";

export const NOTIFICATION_KINDS = [
  "promptCard",
  "roundSummary",
  "weeklyDigest",
  "checkBackReminder",
  "meetingNudge",
  "afterAction",
  "lessonTried",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const lessonScopeSettingsSchema = z.strictObject({
  publishing: z.boolean().optional(),
  hideTeam: z.boolean().optional(),
});
export interface LessonScopeSettings {
  /** False: nothing of this scope can be published to the tenant's feed. */
  publishing: boolean;
  /** True: the scope's lessons (and its adoptions) never show its name. */
  hideTeam: boolean;
}

/** Settings a scope's owner may change; every field optional in a PUT, merged over what is stored. */
export const scopeSettingsSchema = z.strictObject({
  name: textField(100).optional(),
  /** Seven prompt ids, Sunday first, library or custom. */
  rotation: z.array(z.string().min(1).max(100)).length(7).optional(),
  /** A prompt for the next learning moment only (library or custom), ahead of the rotation; null clears. */
  nextPrompt: z.string().min(1).max(100).nullable().optional(),
  revealMode: revealModeSchema.optional(),
  anonymousDefault: z.boolean().optional(),
  timezone: z
    .string()
    .max(64)
    .refine(isTimeZone, "Must be an IANA time zone such as Europe/Berlin.")
    .optional(),
  retentionDays: z.number().int().min(7).max(3650).nullable().optional(),
  notifications: z
    .strictObject(
      Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, z.boolean().optional()])) as Record<
        NotificationKind,
        z.ZodOptional<z.ZodBoolean>
      >,
    )
    .optional(),
  /** The team psychological-safety pulse: off, or opened once a month by itself. */
  pulse: pulseSettingSchema.optional(),
  /** Which closed GitHub issues and Azure DevOps work items start an after-action review. */
  reviewSources: reviewSourcesSettingsSchema.optional(),
  /** The AI partner for this scope (docs/ai.md); works only where the deployment configures an endpoint. */
  ai: z.boolean().optional(),
  /** Lessons for the tenant feed (docs/lessons.md): may members publish, and is the team's name shown. */
  lessons: lessonScopeSettingsSchema.optional(),
  /** The language of cards posted into the team's conversation (docs/i18n.md). */
  language: z.enum(LANGUAGES, { error: "Must be one of en, de, fr, es, pt, ja, ar." }).optional(),
});
export type ScopeSettingsUpdate = z.infer<typeof scopeSettingsSchema>;

export interface ScopeView {
  scope: string;
  name: string;
  rotation: string[];
  /** Suggested for the next learning moment instead of the rotation's, until a round starts with it. */
  nextPrompt: string | null;
  revealMode: z.infer<typeof revealModeSchema>;
  anonymousDefault: boolean;
  timezone: string;
  /** Null keeps history until the scope is deleted. */
  retentionDays: number | null;
  notifications: Record<NotificationKind, boolean>;
  pulse: PulseSetting;
  reviewSources: ReviewSourcesSettings;
  /** The AI partner is switched on for this scope (off by default; docs/ai.md). */
  ai: boolean;
  lessons: LessonScopeSettings;
  /**
   * The language of cards posted into the team's conversation; null until first saved, when it
   * becomes the language of the person saving (docs/i18n.md). Cards are English until then.
   */
  language: Language | null;
  /** The caller's role here. */
  role: "owner" | "member";
  /**
   * True when fewer than three people belong to the scope: anonymity cannot hide anyone among two,
   * and the composer says so before an anonymous answer is shared.
   */
  smallGroup: boolean;
  etag: string;
}

/** A scope's settings as stored, before the per-request facts (`smallGroup`) are added. */
export type ScopeSettingsView = Omit<ScopeView, "smallGroup">;

export const createPromptSchema = z.strictObject({
  id: uuid.optional(),
  text: textField(PROMPT_MAX),
  kind: promptKindSchema.optional(),
  hint: textField(200).optional(),
});
export type CreatePromptRequest = z.infer<typeof createPromptSchema>;

/** `PATCH /api/scopes/{scope}/prompts/{id}` (a team's own prompt; `If-Match` its ETag): `null` clears. */
export const updatePromptSchema = z
  .strictObject({
    text: textField(PROMPT_MAX).optional(),
    kind: promptKindSchema.nullable().optional(),
    hint: textField(200).nullable().optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: "Give at least one of text, kind or hint.",
    path: ["text"],
  });
export type UpdatePromptRequest = z.infer<typeof updatePromptSchema>;
