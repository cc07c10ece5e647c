import { nextPollDelay } from "../../tabs/src/side-panel/poll-schedule";

export interface Cadence {
  ms: number;
  source: string;
}

/**
 * The side panel's poll interval while a round is open, the panel visible and its user active,
 * read from the tab's own (pure) schedule so the bench follows the tab when it changes.
 */
export function tabPollCadence(): Cadence {
  const ms = nextPollDelay({ roundOpen: true, hidden: false, idleMs: 0, failures: 0, suspended: false });
  if (ms === null || !(ms > 0))
    throw new Error("The side panel's poll schedule gave no interval for an open round");
  return { ms, source: "nextPollDelay(round open, visible, active) in tabs/src/side-panel/poll-schedule.ts" };
}
