import { AFTER_ACTION_TITLE_MAX } from "@learning-loop/contract";

/** Small readers over a JSON payload from outside: every field may be missing or of any type. */

export function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const name of path) {
    if (typeof current !== "object" || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[name];
  }
  return current;
}

/** A non-empty string at the path, trimmed, or undefined. */
export function text(value: unknown, ...path: string[]): string | undefined {
  const found = field(value, ...path);
  if (typeof found === "number" && Number.isFinite(found)) return String(found);
  if (typeof found !== "string") return undefined;
  const trimmed = found.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** The first http(s) URL among the candidates, at most 2,000 characters, or null. */
export function firstUrl(...candidates: (string | undefined)[]): string | null {
  for (const candidate of candidates) {
    if (!candidate || candidate.length > 2000) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === "https:" || url.protocol === "http:") return url.href;
    } catch {
      // not a URL: try the next one
    }
  }
  return null;
}

/** The link of the first `[text](url)` in a markdown message. */
export function markdownLink(markdown: string | undefined): string | undefined {
  return markdown?.match(/\]\((https?:\/\/[^\s)]+)\)/)?.[1];
}

/** A review title: controls removed, whitespace folded, cut to the field's length with "…". */
export function reviewTitle(parts: (string | undefined)[]): string {
  const joined = parts
    .filter((part): part is string => Boolean(part))
    .join(" ")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const chars = [...joined];
  return chars.length <= AFTER_ACTION_TITLE_MAX
    ? joined
    : `${chars.slice(0, AFTER_ACTION_TITLE_MAX - 1).join("")}…`;
}

export const sameLabel = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
