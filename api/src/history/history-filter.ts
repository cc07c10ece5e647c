import type { Scoped } from "../cosmos/scoped";
import type { Container } from "@azure/cosmos";
import type { RoundView } from "@learning-loop/contract";
import type { ExperimentDoc } from "../cosmos/documents";
import { queryInScope } from "../cosmos/scoped";
import { foldForSearch } from "../search/normalize";

export interface HistoryFilter {
  q?: string;
  mode?: string;
  author?: string;
  hasExperiments?: boolean;
}

export const isFiltered = (filter: HistoryFilter) =>
  filter.q !== undefined ||
  filter.mode !== undefined ||
  filter.author !== undefined ||
  filter.hasExperiments !== undefined;

/**
 * The ids of rounds that may match, one pushed-down query per filter, intersected. Only a narrowing:
 * `matchesVisible` decides on what the viewer may actually see, so a hidden answer can never make
 * its round show up in someone's search.
 */
export async function candidateRoundIds(
  container: Container,
  at: Scoped,
  filter: HistoryFilter,
): Promise<string[]> {
  const conditions: { where: string; value?: string }[] = [];
  if (filter.q !== undefined) {
    conditions.push({
      where:
        '(c.type = "round" OR c.type = "answer" OR c.type = "experiment") AND CONTAINS(c.search, @value)',
      value: foldForSearch(filter.q),
    });
  }
  if (filter.mode !== undefined) {
    conditions.push({
      where: '((c.type = "round" AND c.kind = @value) OR (c.type = "answer" AND c.mode = @value))',
      value: filter.mode,
    });
  }
  if (filter.author !== undefined) {
    conditions.push({
      where: 'c.type = "answer" AND c.anonymous = false AND c.author.oid = @value',
      value: filter.author,
    });
  }
  if (filter.hasExperiments) conditions.push({ where: 'c.type = "experiment" AND IS_STRING(c.roundId)' });

  let result: Set<string> | undefined;
  for (const condition of conditions) {
    const resources = await queryInScope<{ id: string; type: string; roundId?: string | null }>(
      container,
      at,
      {
        select: "c.id, c.type, c.roundId",
        where: condition.where,
        parameters: [{ name: "@value", value: condition.value ?? null }],
      },
    );
    const ids = new Set(
      resources.map((doc) => (doc.type === "round" ? doc.id : (doc.roundId ?? ""))).filter(Boolean),
    );
    result = result ? new Set([...result].filter((id) => ids.has(id))) : ids;
  }
  return [...(result ?? [])];
}

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
  if (filter.hasExperiments && experiments.length === 0) return false;
  return true;
}
