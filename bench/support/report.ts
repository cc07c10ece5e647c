import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** "pass"/"FAIL" against a budget; "info" for context numbers; "ERROR" when the harness could not measure. */
export type Verdict = "pass" | "FAIL" | "info" | "ERROR";

export interface Row {
  measure: string;
  value: string;
  baseline?: string;
  ratio?: string;
  budget?: string;
  verdict: Verdict;
}

export interface MeasureResult {
  id: string;
  title: string;
  rows: Row[];
  /** Raw numbers for the JSON file. */
  details?: unknown;
  /** How it was measured, printed under the table. */
  notes?: string[];
  error?: string;
  durationMs: number;
}

export const verdict = (ok: boolean): Verdict => (ok ? "pass" : "FAIL");
export const ms = (value: number) =>
  Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)} ms` : "n/a";
export const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "n/a");
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB (${bytes} B)`;

const COLUMNS = ["measure", "value", "baseline", "ratio", "budget", "result"] as const;
const MAX_WIDTH = { measure: 46, value: 34, baseline: 26, ratio: 8, budget: 24, result: 6 };

function cell(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** A plain-text table; long cells are cut in the table and kept whole in the JSON. */
export function formatTable(results: readonly MeasureResult[]): string {
  const rows = results.flatMap((result) =>
    result.rows.map((row) => ({
      measure: row.measure,
      value: row.value,
      baseline: row.baseline ?? "",
      ratio: row.ratio ?? "",
      budget: row.budget ?? "",
      result: row.verdict === "info" ? "-" : row.verdict,
    })),
  );
  const widths = Object.fromEntries(
    COLUMNS.map((column) => [
      column,
      Math.min(MAX_WIDTH[column], Math.max(column.length, ...rows.map((row) => row[column].length))),
    ]),
  ) as Record<(typeof COLUMNS)[number], number>;
  const line = (row: Record<(typeof COLUMNS)[number], string>) =>
    COLUMNS.map((column) => cell(row[column], widths[column]))
      .join(" | ")
      .trimEnd();
  const header = line(
    Object.fromEntries(COLUMNS.map((column) => [column, column])) as Record<(typeof COLUMNS)[number], string>,
  );
  const rule = COLUMNS.map((column) => "-".repeat(widths[column])).join("-|-");
  return [header, rule, ...rows.map(line)].join("\n");
}

/** Writes bench/results/<ISO timestamp>.json and returns its path. */
export async function writeResults(startedAt: Date, payload: unknown): Promise<string> {
  const dir = fileURLToPath(new URL("../results/", import.meta.url));
  await mkdir(dir, { recursive: true });
  const file = `${dir}${startedAt.toISOString().replace(/:/g, "-")}.json`;
  await writeFile(file, `${JSON.stringify(payload, null, 2)}\n`);
  return file;
}
