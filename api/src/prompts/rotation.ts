import type { PromptView } from "@learning-loop/contract";
import { PROMPT_LIBRARY, findLibraryPrompt } from "./library";

/** Prompt id per weekday (0 = Sunday): the article's three weekly questions across the week. */
export const DEFAULT_ROTATION: readonly string[] = [
  "weekly-learning",
  "weekly-learning",
  "weekly-growing",
  "weekly-growing",
  "weekly-next",
  "weekly-next",
  "weekly-learning",
];

/** The weekday of `now` in the scope's time zone (falls back to UTC for an unknown zone). */
export function weekdayIn(timeZone: string, now: Date): number {
  let name: string;
  try {
    name = new Intl.DateTimeFormat("en-US", { weekday: "short", timeZone }).format(now);
  } catch {
    name = new Intl.DateTimeFormat("en-US", { weekday: "short", timeZone: "UTC" }).format(now);
  }
  return ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(name);
}

export function todaysPrompt(rotation: readonly string[], timeZone: string, now = new Date()): PromptView {
  const id = rotation[weekdayIn(timeZone, now)] ?? DEFAULT_ROTATION[0]!;
  const entry = findLibraryPrompt(id) ?? PROMPT_LIBRARY[0]!;
  return { ...entry, source: "library" };
}
