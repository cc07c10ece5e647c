import type { RoundView } from "@learning-loop/contract";
import { t } from "../i18n/i18n";

/**
 * What the composer says before an anonymous answer is shared, when anonymity may not hold: a group
 * of fewer than three, fewer than two other answers so far (so with this one fewer than three when
 * answers are shown), and an open round where others see an answer the moment it is sent.
 */
export function anonymityWarnings(round: RoundView, smallGroup: boolean): string[] {
  const warnings: string[] = [];
  if (smallGroup) warnings.push(t("composer.guardSmallGroup"));
  else if (round.answerCount < 2) warnings.push(t("composer.guardFewAnswers", { count: round.answerCount }));
  // Others see an answer the moment it arrives: in a live round, in an afterAnswer round (those who
  // have answered), and in any round already revealed but still open.
  const shownAsSent = round.revealMode !== "onReveal" || round.revealed;
  if (round.status === "open" && shownAsSent) warnings.push(t("composer.guardLive"));
  return warnings;
}
