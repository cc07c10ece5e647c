import type { Language, NotificationKind, ScopeSettingsUpdate } from "@learning-loop/contract";
import type { ScopeSettings } from "./scope-settings";

/**
 * A PUT's body over the settings in force: absent fields keep their value, `retentionDays: null`
 * switches retention off, and notification switches merge one by one.
 */
export function mergeSettings(
  current: ScopeSettings,
  update: ScopeSettingsUpdate,
  callerLanguage: Language | null = null,
): ScopeSettings {
  const notifications = { ...current.notifications };
  for (const [kind, on] of Object.entries(update.notifications ?? {})) {
    if (on !== undefined) notifications[kind as NotificationKind] = on;
  }
  return {
    name: update.name ?? current.name,
    rotation: update.rotation ? [...update.rotation] : [...current.rotation],
    nextPrompt: update.nextPrompt === undefined ? current.nextPrompt : update.nextPrompt,
    revealMode: update.revealMode ?? current.revealMode,
    anonymousDefault: update.anonymousDefault ?? current.anonymousDefault,
    timezone: update.timezone ?? current.timezone,
    retentionDays: update.retentionDays === undefined ? current.retentionDays : update.retentionDays,
    notifications,
    pulse: update.pulse ?? current.pulse,
    reviewSources: { ...current.reviewSources, ...update.reviewSources },
    ai: update.ai ?? current.ai,
    lessons: {
      publishing: update.lessons?.publishing ?? current.lessons.publishing,
      hideTeam: update.lessons?.hideTeam ?? current.lessons.hideTeam,
    },
    // Until someone chooses, the cards speak the language of whoever first saves the settings.
    language: update.language ?? current.language ?? callerLanguage,
  };
}
