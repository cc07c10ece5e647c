/**
 * RFC 4180 CSV: every cell quoted when it holds a comma, quote or line break, quotes doubled, CRLF
 * between records. A cell that a spreadsheet would read as a formula (=, +, -, @, tab, carriage
 * return first) is prefixed with an apostrophe so it stays text (OWASP "CSV injection").
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The whole file, starting with a UTF-8 byte-order mark: without it Excel on Windows reads the
 * file in the system's ANSI code page and umlauts, accents, Japanese and Arabic come out garbled.
 */
export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  return "\uFEFF" + [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
