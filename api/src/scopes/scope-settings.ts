import type { Db } from "../cosmos/db";
import { DEFAULT_REVIEW_LABEL, NOTIFICATION_KINDS } from "@learning-loop/contract";
import type {
  Language,
  LessonScopeSettings,
  PulseSetting,
  ReviewSourcesSettings,
} from "@learning-loop/contract";
import type { ScopeDoc } from "../cosmos/documents";
import type { Scoped } from "../cosmos/scoped";
import { DEFAULT_ROTATION } from "../prompts/rotation";
import { readScopeDoc } from "./scope-repository";

export type ScopeSettings = Pick<
  ScopeDoc,
  "name" | "rotation" | "revealMode" | "anonymousDefault" | "timezone" | "retentionDays" | "notifications"
> & {
  pulse: PulseSetting;
  reviewSources: ReviewSourcesSettings;
  ai: boolean;
  lessons: LessonScopeSettings;
  nextPrompt: string | null;
  language: Language | null;
};

export const defaultSettings = (scope: string): ScopeSettings => ({
  name: scope.replace(/^(team|chat):/, ""),
  rotation: [...DEFAULT_ROTATION],
  nextPrompt: null,
  revealMode: "live",
  anonymousDefault: false,
  timezone: "UTC",
  retentionDays: null,
  notifications: Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [kind, true]),
  ) as ScopeSettings["notifications"],
  pulse: "off",
  reviewSources: { githubIssueLabel: DEFAULT_REVIEW_LABEL, azureDevOpsTag: DEFAULT_REVIEW_LABEL },
  ai: false,
  lessons: { publishing: true, hideTeam: false },
  language: null,
});

/**
 * The settings a stored document holds. Notification kinds added after the document was saved
 * take their defaults, so a new kind never reads as undefined.
 */
export function settingsOf(doc: ScopeDoc): ScopeSettings {
  return {
    name: doc.name,
    rotation: doc.rotation,
    nextPrompt: doc.nextPrompt ?? null,
    revealMode: doc.revealMode,
    anonymousDefault: doc.anonymousDefault,
    timezone: doc.timezone,
    retentionDays: doc.retentionDays,
    notifications: { ...defaultSettings(doc.scope).notifications, ...doc.notifications },
    pulse: doc.pulse ?? "off",
    reviewSources: { ...defaultSettings(doc.scope).reviewSources, ...doc.reviewSources },
    ai: doc.ai ?? false,
    lessons: { ...defaultSettings(doc.scope).lessons, ...doc.lessons },
    language: doc.language ?? null,
  };
}

/** The settings in force: the stored ones, or the defaults. */
export async function readScopeSettings(db: Db, at: Scoped): Promise<ScopeSettings> {
  const doc = await readScopeDoc(db, at);
  return doc ? settingsOf(doc) : defaultSettings(at.scope);
}
