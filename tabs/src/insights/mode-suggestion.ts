import { LEARNING_MODES } from "@learning-loop/contract";
import type { InsightsResponse, LearningMode } from "@learning-loop/contract";

/** Fewer tagged answers than this say too little about a team's balance to suggest anything. */
export const MIN_TAGGED_ANSWERS = 10;
/** A mode is "rarely" used below this share of the window's answers tagged with a mode. */
export const RARE_SHARE = 0.1;

/** The library prompt each suggestion offers first (a prompt of that mode; any other one serves too). */
export const SUGGESTED_PROMPT: Record<LearningMode, string> = {
  experimental: "exp-small-bet",
  contextual: "ctx-outside",
  vicarious: "vic-other-team",
  reflexive: "ref-assumption",
};

/**
 * The learning mode a team rarely uses, if any: with at least MIN_TAGGED_ANSWERS answers tagged
 * with a mode in the window, the mode with the smallest share when that share is under RARE_SHARE
 * (untagged answers say nothing about the balance, so they are left out). Ties go to the mode
 * listed first.
 */
export function rareMode(modes: InsightsResponse["modes"]): { mode: LearningMode; share: number } | null {
  const tagged = LEARNING_MODES.reduce((sum, mode) => sum + modes[mode], 0);
  if (tagged < MIN_TAGGED_ANSWERS) return null;
  let rarest: LearningMode = LEARNING_MODES[0];
  for (const mode of LEARNING_MODES) if (modes[mode] < modes[rarest]) rarest = mode;
  const share = modes[rarest] / tagged;
  return share < RARE_SHARE ? { mode: rarest, share } : null;
}
