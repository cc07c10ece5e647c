/**
 * Pure geometry for the hand-built charts: a "nice" axis maximum and its ticks, so the gridlines
 * land on round numbers whatever the data.
 */
export function niceMax(value: number): number {
  if (value <= 4) return Math.max(1, Math.ceil(value));
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (value <= step * magnitude) return step * magnitude;
  }
  return 10 * magnitude;
}

/** Evenly spaced whole-number ticks from 0 to `max` (a `niceMax`), at most six of them. */
export function ticks(max: number): number[] {
  const count = max <= 5 ? max : ([5, 4].find((candidate) => max % candidate === 0) ?? 4);
  const step = max / count;
  return Array.from({ length: count + 1 }, (_, index) => Math.round(index * step));
}

export const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
