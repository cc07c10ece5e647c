import type { ScopeSettingsView } from "@learning-loop/contract";
import type { ScopeRole } from "../auth/identity";
import type { ScopeSettings } from "./scope-settings";

/** The settings' ETag is their revision; `"0"` stands for the defaults, before anything is stored. */
export const scopeEtag = (rev: number) => `"${rev}"`;

/** Strong comparison against an If-Match list (`"1", "2"`), as RFC 9110 asks for If-Match. */
export const etagMatches = (ifMatch: string, etag: string) =>
  ifMatch.split(",").some((tag) => tag.trim() === etag);

export function toScopeView(
  scope: string,
  settings: ScopeSettings,
  rev: number,
  role: ScopeRole,
): ScopeSettingsView {
  return {
    scope,
    name: settings.name,
    rotation: [...settings.rotation],
    nextPrompt: settings.nextPrompt,
    revealMode: settings.revealMode,
    anonymousDefault: settings.anonymousDefault,
    timezone: settings.timezone,
    retentionDays: settings.retentionDays,
    notifications: { ...settings.notifications },
    pulse: settings.pulse,
    reviewSources: { ...settings.reviewSources },
    ai: settings.ai,
    lessons: { ...settings.lessons },
    language: settings.language,
    role,
    etag: scopeEtag(rev),
  };
}
