/**
 * User text in an Adaptive Card: every TextBlock is rendered as markdown (Teams desktop and web
 * with a CommonMark processor, mobile with the cards' own parser), so text people typed must be
 * escaped or `[x](javascript:…)`, `**`, `<script>` and `{{DATE(…)}}` would become formatting,
 * links or markup. Output is text, never markup (docs/architecture.md §4).
 *
 * The escapes are CommonMark backslash escapes, which both renderers honour for the characters
 * they give a meaning. Characters that only mean something at the start of a line (headings, quotes,
 * lists, rules) are escaped only there, so ordinary prose ("e.g. 1-2 days") stays free of
 * backslashes on renderers that would show them.
 */

/** Characters that are markup anywhere on a line. `{` also stops the cards' `{{DATE(…)}}` functions. */
const INLINE = /[\\`*_[\]{}~|]/g;
/**
 * `<` starting HTML or an autolink (a tag or a URL starts with a letter, an email address also with
 * a digit or a sign: `<1@example.com>`), `&` starting an entity reference.
 */
const ANGLE_OR_ENTITY = /<(?=[A-Za-z/!?]|[\w.!#$%&'*+/=?^-]+@)|&(?=#?[A-Za-z0-9]+;)/g;
/** A block construct at the start of a line: heading, quote, list item, rule or setext underline. */
const LINE_START = /^([ \t]*)([#>+=-]|\d{1,9}(?=[.)]))/gm;
/** Embeddings, overrides and isolates: an unclosed one would reorder the card text around it. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
const FIRST_STRONG_ISOLATE = "\u2068";
const POP_DIRECTIONAL_ISOLATE = "\u2069";

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, (char) => `\\${char}`)
    .replace(ANGLE_OR_ENTITY, (char) => `\\${char}`)
    .replace(LINE_START, (_match, indent: string, marker: string) =>
      /^\d/.test(marker) ? `${indent}${marker}\\` : `${indent}\\${marker}`,
    );
}

/** Cuts text to at most `max` characters (code points, as the contract counts them), marking the cut. */
export function truncate(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join("")}…`;
}

/**
 * Text someone typed, ready for a TextBlock: controls removed, line endings normalized, cut to
 * `max` characters, markdown escaped, and, when it carries direction controls, wrapped in an
 * isolate so that a right-to-left override cannot spill into the rest of the card.
 */
export function cardText(text: string, max = 1000): string {
  const plain = truncate(withoutControls(text.replace(/\r\n?/g, "\n")), max);
  const escaped = escapeMarkdown(plain);
  return BIDI_CONTROLS.test(plain) ? `${FIRST_STRONG_ISOLATE}${escaped}${POP_DIRECTIONAL_ISOLATE}` : escaped;
}

/** Controls other than tab and newline have no business on a card. */
function withoutControls(text: string): string {
  let result = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 9 || code === 10 || (code >= 32 && code !== 127)) result += char;
  }
  return result;
}
