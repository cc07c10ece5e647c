import { NOTIFICATION_KINDS, reviewLabelSchema } from "@learning-loop/contract";
import type {
  Language,
  LessonScopeSettings,
  NotificationKind,
  PulseSetting,
  RevealMode,
  ScopeSettingsUpdate,
  ScopeView,
} from "@learning-loop/contract";

/** The settings form as typed: the rotation stays Sunday first like the API, the UI shows Monday first. */
export interface ConfigForm {
  name: string;
  rotation: string[];
  revealMode: RevealMode;
  anonymousDefault: boolean;
  timezone: string;
  /** Digits as typed; empty keeps history until the scope is deleted. */
  retentionDays: string;
  notifications: Record<NotificationKind, boolean>;
  pulse: PulseSetting;
  /** The GitHub issue label and Azure DevOps tag that start an after-action review. */
  githubIssueLabel: string;
  azureDevOpsTag: string;
  /** The AI partner (docs/ai.md). */
  ai: boolean;
  /** Sharing with other teams (docs/lessons.md): may members publish, and is the team's name hidden. */
  lessons: LessonScopeSettings;
  /** The language of cards posted into the team's conversation; "" before anyone chose one. */
  language: Language | "";
}

/** Weekday indexes (0 = Sunday, as stored) in the order a European work week reads: Monday first. */
export const WEEKDAYS_MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0] as const;

export const RETENTION_MIN = 7;
export const RETENTION_MAX = 3650;
export const NAME_MAX = 100;

export function formOf(scope: ScopeView): ConfigForm {
  return {
    name: scope.name,
    rotation: [...scope.rotation],
    revealMode: scope.revealMode,
    anonymousDefault: scope.anonymousDefault,
    timezone: scope.timezone,
    retentionDays: scope.retentionDays === null ? "" : String(scope.retentionDays),
    notifications: { ...scope.notifications },
    pulse: scope.pulse,
    githubIssueLabel: scope.reviewSources.githubIssueLabel,
    azureDevOpsTag: scope.reviewSources.azureDevOpsTag,
    ai: scope.ai,
    lessons: { ...scope.lessons },
    language: scope.language ?? "",
  };
}

/**
 * The form an owner edits: as loaded, except that a scope whose card language nobody chose yet
 * proposes the owner's own language, which the first save then stores (docs/i18n.md).
 */
export const editableFormOf = (scope: ScopeView, readerLanguage: Language): ConfigForm => ({
  ...formOf(scope),
  language: scope.language ?? readerLanguage,
});

export type FieldProblem =
  "nameRequired" | "nameTooLong" | "retention" | "timezone" | "unknownPrompt" | "label";
export type FormProblems = Partial<
  Record<
    "name" | "retentionDays" | "timezone" | "githubIssueLabel" | "azureDevOpsTag" | `rotation.${number}`,
    FieldProblem
  >
>;

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.length > 0 && zone.length <= 64;
  } catch {
    return false;
  }
};

/** Null for an empty field (keep forever), a number for a valid one, undefined for anything else. */
export function parseRetention(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const days = Number(trimmed);
  return days >= RETENTION_MIN && days <= RETENTION_MAX ? days : undefined;
}

/** The same rules the API applies, checked before asking it, so the save button can be honest. */
export function validateForm(form: ConfigForm, promptIds: ReadonlySet<string>): FormProblems {
  const problems: FormProblems = {};
  const name = form.name.trim();
  if (!name) problems.name = "nameRequired";
  else if ([...name].length > NAME_MAX) problems.name = "nameTooLong";
  if (parseRetention(form.retentionDays) === undefined) problems.retentionDays = "retention";
  if (!isTimeZone(form.timezone)) problems.timezone = "timezone";
  if (!reviewLabelSchema.safeParse(form.githubIssueLabel).success) problems.githubIssueLabel = "label";
  if (!reviewLabelSchema.safeParse(form.azureDevOpsTag).success) problems.azureDevOpsTag = "label";
  form.rotation.forEach((id, day) => {
    if (!promptIds.has(id)) problems[`rotation.${day}`] = "unknownPrompt";
  });
  return problems;
}

export const isValid = (problems: FormProblems) => Object.keys(problems).length === 0;

/**
 * The PUT body: only what changed. The API merges it over what is stored, so a setting nobody
 * touched (a rotation naming a prompt that was since removed, say) is never re-validated or
 * overwritten by this form.
 */
export function settingsUpdate(original: ConfigForm, form: ConfigForm): ScopeSettingsUpdate {
  const update: ScopeSettingsUpdate = {};
  if (form.name.trim() !== original.name) update.name = form.name.trim();
  if (form.rotation.some((id, day) => id !== original.rotation[day])) update.rotation = [...form.rotation];
  if (form.revealMode !== original.revealMode) update.revealMode = form.revealMode;
  if (form.anonymousDefault !== original.anonymousDefault) update.anonymousDefault = form.anonymousDefault;
  if (form.timezone !== original.timezone) update.timezone = form.timezone;
  if (form.pulse !== original.pulse) update.pulse = form.pulse;
  if (form.ai !== original.ai) update.ai = form.ai;
  if (form.language && form.language !== original.language) update.language = form.language;
  if (
    form.lessons.publishing !== original.lessons.publishing ||
    form.lessons.hideTeam !== original.lessons.hideTeam
  ) {
    update.lessons = {
      ...(form.lessons.publishing !== original.lessons.publishing
        ? { publishing: form.lessons.publishing }
        : {}),
      ...(form.lessons.hideTeam !== original.lessons.hideTeam ? { hideTeam: form.lessons.hideTeam } : {}),
    };
  }
  const githubIssueLabel = form.githubIssueLabel.trim();
  const azureDevOpsTag = form.azureDevOpsTag.trim();
  if (githubIssueLabel !== original.githubIssueLabel || azureDevOpsTag !== original.azureDevOpsTag) {
    update.reviewSources = {
      ...(githubIssueLabel !== original.githubIssueLabel ? { githubIssueLabel } : {}),
      ...(azureDevOpsTag !== original.azureDevOpsTag ? { azureDevOpsTag } : {}),
    };
  }
  const retention = parseRetention(form.retentionDays);
  if (retention !== undefined && retention !== parseRetention(original.retentionDays))
    update.retentionDays = retention;
  const notifications = NOTIFICATION_KINDS.filter(
    (kind) => form.notifications[kind] !== original.notifications[kind],
  );
  if (notifications.length > 0) {
    update.notifications = Object.fromEntries(notifications.map((kind) => [kind, form.notifications[kind]]));
  }
  return update;
}

export const hasChanges = (update: ScopeSettingsUpdate) => Object.keys(update).length > 0;
