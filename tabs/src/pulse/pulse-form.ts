import { PULSE_STATEMENTS } from "@learning-loop/contract";
import type { PulseScores, PulseStatementId } from "@learning-loop/contract";

/** The answers as picked so far: a statement without a pick is absent. */
export type PulseDraft = Partial<Record<PulseStatementId, number>>;

export const SCALE = [1, 2, 3, 4, 5] as const;

/** The scores to send once every statement has a pick; undefined until then. */
export function completeScores(draft: PulseDraft): PulseScores | undefined {
  if (!PULSE_STATEMENTS.every((id) => SCALE.includes(draft[id] as (typeof SCALE)[number]))) return undefined;
  return Object.fromEntries(PULSE_STATEMENTS.map((id) => [id, draft[id]])) as PulseScores;
}

/** What the panel shows: the questions, the thanks, a start button for an owner, or nothing. */
export type PulseMode = "ask" | "thanks" | "start" | "none";

export function pulseMode(
  data: { pulse: { status: string; responded: boolean } | null; canStart: boolean } | null,
  editing: boolean,
): PulseMode {
  const open = data?.pulse?.status === "open" ? data.pulse : null;
  if (open) return !open.responded || editing ? "ask" : "thanks";
  return data?.canStart ? "start" : "none";
}
