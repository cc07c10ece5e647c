import type { PromptView } from "@learning-loop/contract";
import { PROMPT_LIBRARY, findLibraryPrompt } from "./library";
import { libraryView } from "./prompt-view";

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

/**
 * Today's prompt from a seven-day rotation. `custom` holds the scope's own prompts, which a
 * rotation may name. An id that names no prompt (a custom one removed from the database by
 * hand, say) falls back to the default rotation's prompt for the day rather than failing.
 */
export function todaysPrompt(
  rotation: readonly string[],
  timeZone: string,
  now = new Date(),
  custom: readonly PromptView[] = [],
): PromptView {
  const day = weekdayIn(timeZone, now);
  const resolve = (id: string | undefined) => {
    if (id === undefined) return undefined;
    const entry = findLibraryPrompt(id);
    return entry ? libraryView(entry) : custom.find((prompt) => prompt.id === id);
  };
  return resolve(rotation[day]) ?? resolve(DEFAULT_ROTATION[day]) ?? libraryView(PROMPT_LIBRARY[0]!);
}
