/**
 * The message syntax of every catalog (tabs and API alike), a small subset of ICU MessageFormat:
 *
 * - `{name}` is replaced by a value (numbers through `Intl.NumberFormat`);
 * - `{name, plural, =0 {…} one {…} few {…} other {…}}` picks a branch by `Intl.PluralRules` of the
 *   language shown (the categories are CLDR's: zero, one, two, few, many, other; `=N` matches N
 *   exactly and wins); inside a branch `#` is the number and `{other}` placeholders work.
 *
 * `other` is required in every plural; a translation uses the categories its language has.
 */
export type MessageValues = Record<string, string | number>;

export interface MessageLocale {
  /** Plural rules of the language the text is in. */
  plural: Intl.PluralRules;
  /** Number formatting of the reader's locale. */
  number: Intl.NumberFormat;
}

type Part =
  | { kind: "text"; text: string }
  | { kind: "value"; name: string }
  | { kind: "plural"; name: string; branches: Map<string, Part[]> };

const parsed = new Map<string, Part[]>();

export function formatMessage(template: string, values: MessageValues, locale: MessageLocale): string {
  let parts = parsed.get(template);
  if (!parts) {
    parts = parseMessage(template);
    parsed.set(template, parts);
  }
  return render(parts, values, locale, undefined);
}

function render(
  parts: Part[],
  values: MessageValues,
  locale: MessageLocale,
  count: number | undefined,
): string {
  let out = "";
  for (const part of parts) {
    if (part.kind === "text") {
      out += count === undefined ? part.text : part.text.replaceAll("#", locale.number.format(count));
    } else if (part.kind === "value") {
      const value = values[part.name];
      out += value === undefined ? "" : typeof value === "number" ? locale.number.format(value) : value;
    } else {
      const n = Number(values[part.name] ?? 0);
      const branch =
        part.branches.get(`=${n}`) ??
        part.branches.get(locale.plural.select(n)) ??
        part.branches.get("other") ??
        [];
      out += render(branch, values, locale, n);
    }
  }
  return out;
}

/** Splits a template into text, placeholders and plurals; throws on a malformed one (the catalog test runs it on every message). */
export function parseMessage(template: string): Part[] {
  let position = 0;
  const parseParts = (inBranch: boolean): Part[] => {
    const parts: Part[] = [];
    let text = "";
    while (position < template.length) {
      const char = template[position]!;
      if (char === "}") {
        if (!inBranch) throw new Error(`Unmatched "}" at ${position} in "${template}"`);
        break;
      }
      if (char !== "{") {
        text += char;
        position += 1;
        continue;
      }
      if (text) parts.push({ kind: "text", text });
      text = "";
      parts.push(parseArgument());
    }
    if (text) parts.push({ kind: "text", text });
    return parts;
  };
  const parseArgument = (): Part => {
    const close = template.indexOf("}", position);
    const head = /^\{\s*(\w+)\s*(?:,\s*plural\s*,)?/.exec(template.slice(position));
    if (!head || close < 0) throw new Error(`Malformed placeholder at ${position} in "${template}"`);
    const name = head[1]!;
    position += head[0].length;
    if (!head[0].includes("plural")) {
      if (template[position] !== "}") throw new Error(`Malformed placeholder "${name}" in "${template}"`);
      position += 1;
      return { kind: "value", name };
    }
    const branches = new Map<string, Part[]>();
    for (;;) {
      const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(template.slice(position));
      if (!selector) break;
      position += selector[0].length;
      branches.set(selector[1]!, parseParts(true));
      if (template[position] !== "}") throw new Error(`Unclosed plural branch in "${template}"`);
      position += 1;
    }
    const end = /^\s*\}/.exec(template.slice(position));
    if (!end || !branches.has("other")) throw new Error(`Malformed plural "${name}" in "${template}"`);
    position += end[0].length;
    return { kind: "plural", name, branches };
  };
  const parts = parseParts(false);
  return parts;
}

/** The placeholder names a template uses (plural arguments included), for the catalog completeness test. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  const visit = (parts: Part[]) => {
    for (const part of parts) {
      if (part.kind === "value") names.add(part.name);
      if (part.kind === "plural") {
        names.add(part.name);
        for (const branch of part.branches.values()) visit(branch);
      }
    }
  };
  visit(parseMessage(template));
  return [...names].sort();
}

const PSEUDO_LETTERS: Record<string, string> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((letter, index) => [
    letter,
    [..."áƀçðéƒĝĥíĵķļɱñöþǫŕšţúṽŵẋýžÅƁÇÐÉƑĜĤÍĴĶĻṀÑÖÞǪŔŠŢÚṼŴẊÝŽ"][index]!,
  ]),
);

/** Accents every ASCII letter, so a string that reached the page without translation stands out. */
export const pseudoText = (text: string) => text.replace(/[A-Za-z]/g, (letter) => PSEUDO_LETTERS[letter]!);

/**
 * The pseudo-locale's version of an English template: letters accented, placeholders and plural
 * syntax kept, about 40 % longer, in brackets (`[Ŵáíţíñĝ… ·····]`) so clipping shows too.
 */
export function pseudoMessage(template: string): string {
  const write = (parts: Part[]): string =>
    parts
      .map((part) => {
        if (part.kind === "text") return pseudoText(part.text);
        if (part.kind === "value") return `{${part.name}}`;
        const branches = [...part.branches].map(([selector, branch]) => `${selector} {${write(branch)}}`);
        return `{${part.name}, plural, ${branches.join(" ")}}`;
      })
      .join("");
  const padding = "·".repeat(Math.max(2, Math.ceil(template.length * 0.4)));
  return `[${write(parseMessage(template))} ${padding}]`;
}
