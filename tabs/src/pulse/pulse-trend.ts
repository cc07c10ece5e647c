import { PULSE_STATEMENTS } from "@learning-loop/contract";
import type { PulseResult, PulseStatementId } from "@learning-loop/contract";

/** The pulses that have numbers (closed, at least five answers): the only ones a chart may plot. */
export const withNumbers = (pulses: readonly PulseResult[]) =>
  pulses.filter((pulse) => pulse.overall !== null && pulse.means !== null);

export interface TrendLine {
  key: "overall" | PulseStatementId;
  values: number[];
}

/** One line for the overall mean and one per statement, over the pulses with numbers, oldest first. */
export function trendLines(pulses: readonly PulseResult[]): TrendLine[] {
  const plotted = withNumbers(pulses);
  return [
    { key: "overall", values: plotted.map((pulse) => pulse.overall!) },
    ...PULSE_STATEMENTS.map((id) => ({ key: id, values: plotted.map((pulse) => pulse.means![id]) })),
  ];
}

/** Where a score (1–5) sits on a chart `height` tall, 5 at the top. */
export const scoreY = (score: number, height: number) => ((5 - score) / 4) * height;

/** Where the n-th of `count` points sits across `width`; a single point sits in the middle. */
export const pointX = (index: number, count: number, width: number) =>
  count <= 1 ? width / 2 : (index / (count - 1)) * width;
