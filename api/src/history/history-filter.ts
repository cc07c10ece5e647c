import type { RoundView } from "@learning-loop/contract";
import type { ExperimentDoc } from "../cosmos/documents";
import { foldForSearch } from "../search/normalize";

export interface HistoryFilter {
  q?: string;
  mode?: string;
  author?: string;
  /** Rounds started with this prompt (library or the scope's own). */
  promptId?: string;
  hasExperiments?: boolean;
}

export const isFiltered = (filter: HistoryFilter) =>
  filter.q !== undefined ||
  filter.mode !== undefined ||
  filter.author !== undefined ||
  filter.promptId !== undefined ||
  filter.hasExperiments !== undefined;

/** The authoritative check, on the round as this viewer sees it. */
export function matchesVisible(
  round: RoundView,
  experiments: ExperimentDoc[],
  filter: HistoryFilter,
): boolean {
  if (filter.q !== undefined) {
    const needle = foldForSearch(filter.q);
    const texts = [
      round.promptText,
      ...round.answers.map((answer) => answer.text),
      ...experiments.flatMap((experiment) => [experiment.text, experiment.outcome ?? ""]),
    ];
    if (!texts.some((text) => foldForSearch(text).includes(needle))) return false;
  }
  if (
    filter.mode !== undefined &&
    round.kind !== filter.mode &&
    !round.answers.some((answer) => answer.mode === filter.mode)
  ) {
    return false;
  }
  if (filter.author !== undefined && !round.answers.some((answer) => answer.author?.oid === filter.author))
    return false;
  if (filter.promptId !== undefined && round.promptId !== filter.promptId) return false;
  if (filter.hasExperiments && experiments.length === 0) return false;
  return true;
}
