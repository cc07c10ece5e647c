import type { ScopeView } from "@learning-loop/contract";
import { describe, expect, it } from "vitest";
import {
  WEEKDAYS_MONDAY_FIRST,
  formOf,
  isValid,
  parseRetention,
  settingsUpdate,
  validateForm,
} from "../../tabs/src/config/config-form";

const view: ScopeView = {
  scope: "team:dev-team",
  name: "Dev team",
  nextPrompt: null,
  rotation: [
    "weekly-learning",
    "weekly-learning",
    "ctx-customer",
    "weekly-growing",
    "custom-1",
    "weekly-next",
    "weekly-next",
  ],
  revealMode: "live",
  anonymousDefault: false,
  smallGroup: false,
  timezone: "Europe/Berlin",
  retentionDays: null,
  notifications: {
    promptCard: true,
    roundSummary: true,
    weeklyDigest: true,
    checkBackReminder: true,
    meetingNudge: true,
    afterAction: true,
    lessonTried: true,
  },
  pulse: "off",
  reviewSources: { githubIssueLabel: "incident", azureDevOpsTag: "incident" },
  ai: false,
  lessons: { publishing: true, hideTeam: false },
  language: "en",
  role: "owner",
  etag: '"1"',
};
const prompts = new Set([
  "weekly-learning",
  "weekly-growing",
  "weekly-next",
  "ctx-customer",
  "custom-1",
  "aar-actual",
]);

describe("the configuration form", () => {
  it("shows Monday first while the rotation stays Sunday first", () => {
    expect(WEEKDAYS_MONDAY_FIRST).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(formOf(view).rotation[WEEKDAYS_MONDAY_FIRST[0]]).toBe("weekly-learning");
    expect(formOf(view).rotation[WEEKDAYS_MONDAY_FIRST[1]]).toBe("ctx-customer");
  });

  it("is valid as loaded and sends nothing when nothing changed", () => {
    const form = formOf(view);
    expect(validateForm(form, prompts)).toEqual({});
    expect(settingsUpdate(form, form)).toEqual({});
  });

  it("sends only the changed settings", () => {
    const original = formOf(view);
    const rotation = [...original.rotation];
    rotation[2] = "aar-actual";
    const form = {
      ...original,
      name: "  Platform team ",
      rotation,
      revealMode: "onReveal" as const,
      retentionDays: "90",
      notifications: { ...original.notifications, weeklyDigest: false },
    };
    expect(settingsUpdate(original, form)).toEqual({
      name: "Platform team",
      rotation,
      revealMode: "onReveal",
      retentionDays: 90,
      notifications: { weeklyDigest: false },
    });
    expect(settingsUpdate({ ...original, retentionDays: "30" }, original)).toEqual({ retentionDays: null });
  });

  it("names every invalid field the way the API would refuse it", () => {
    const form = { ...formOf(view), name: " ", retentionDays: "3", timezone: "Mars/Olympus" };
    form.rotation = [...form.rotation];
    form.rotation[4] = "deleted-prompt";
    const problems = validateForm(form, prompts);
    expect(problems).toEqual({
      name: "nameRequired",
      retentionDays: "retention",
      timezone: "timezone",
      "rotation.4": "unknownPrompt",
    });
    expect(isValid(problems)).toBe(false);
    expect(validateForm({ ...formOf(view), name: "x".repeat(101) }, prompts)).toEqual({
      name: "nameTooLong",
    });
  });

  it("sends a changed review label or tag, trimmed, and refuses one the API would refuse", () => {
    const original = formOf(view);
    expect(settingsUpdate(original, { ...original, githubIssueLabel: " sev1 " })).toEqual({
      reviewSources: { githubIssueLabel: "sev1" },
    });
    expect(settingsUpdate(original, { ...original, azureDevOpsTag: "outage" })).toEqual({
      reviewSources: { azureDevOpsTag: "outage" },
    });
    expect(validateForm({ ...original, githubIssueLabel: " ", azureDevOpsTag: "a;b" }, prompts)).toEqual({
      githubIssueLabel: "label",
      azureDevOpsTag: "label",
    });
    expect(validateForm({ ...original, azureDevOpsTag: "x".repeat(51) }, prompts)).toEqual({
      azureDevOpsTag: "label",
    });
  });

  it("reads retention as empty (keep), a whole number in range, or invalid", () => {
    expect(parseRetention("")).toBeNull();
    expect(parseRetention(" 7 ")).toBe(7);
    expect(parseRetention("3650")).toBe(3650);
    for (const text of ["6", "3651", "12.5", "-10", "1e3", "ten"])
      expect(parseRetention(text)).toBeUndefined();
  });
});
