/**
 * The markdown an Adaptive Card host applies to a TextBlock, reduced to what could turn text into
 * something else: emphasis, links, images, code, strike-through, headings, lists, quotes, raw HTML
 * and the cards' DATE/TIME functions, with CommonMark's backslash escapes honoured.
 *
 * By default every construct the model recognizes comes out as an inert marker element (listed in
 * `HOST_MARKUP`), so a test can see that text turned into markup. With `rawHtml` it models the worst
 * host instead, one that renders markdown to HTML as CommonMark does with HTML allowed: raw HTML and
 * entity references pass through as they are, and links, images and autolinks become real `<a href>`
 * and `<img src>`. Anything the escaping misses then becomes live markup in the card.
 *
 * The function is self-contained (no imports, no outer names): the browser tests send its source to
 * the page with `hostMarkdown.toString()`.
 */
export function hostMarkdown(text: string, rawHtml = false): string {
  const escaped: string[] = [];
  let html = text.replace(/\\([!-/:-@[-`{-~])/g, (_match, char: string) => {
    escaped.push(char);
    return `\uE000${escaped.length - 1}\uE001`;
  });
  const verbatim: string[] = [];
  const keep = (markup: string) => {
    verbatim.push(markup);
    return `\uE004${verbatim.length - 1}\uE005`;
  };
  const escapeHtml = (value: string) =>
    value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const mark =
    (tag: string) =>
    (_match: string, inner = "") =>
      `\uE002${tag}\uE003${inner}\uE002/${tag}\uE003`;
  if (rawHtml) {
    html = html
      .replace(/<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/g, (_match, url: string) =>
        keep(`<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`),
      )
      .replace(
        /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>/g,
        (_match, to: string) => keep(`<a href="mailto:${escapeHtml(to)}">${escapeHtml(to)}</a>`),
      )
      .replace(/<[A-Za-z/!?][^>]*>?/g, (markup) => keep(markup))
      .replace(/&#?[A-Za-z0-9]+;/g, (entity) => keep(entity))
      .replace(
        /(!?)\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g,
        (_match, bang: string, label: string, url: string) =>
          keep(
            bang
              ? `<img src="${escapeHtml(url)}" alt="${escapeHtml(label)}">`
              : `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`,
          ),
      );
  }
  html = html
    .replace(/\{\{(DATE|TIME)\([^)]*\)\}\}/g, mark("time"))
    .replace(/<[A-Za-z/!?][^>]*>?/g, mark("raw-html"))
    .replace(/&#?[A-Za-z0-9]+;/g, mark("entity"))
    .replace(/!?\[([^\]]*)\]\(([^)]*)\)/g, mark("a"))
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, (_m, _d, inner: string) => mark("strong")("", inner))
    .replace(/(\*|_)(?=\S)([\s\S]*?\S)\1/g, (_m, _d, inner: string) => mark("em")("", inner))
    .replace(/~~([\s\S]*?)~~/g, mark("del"))
    .replace(/`([^`]*)`/g, mark("code"))
    .replace(
      /^[ \t]*(#{1,6}[ \t]|[-+*][ \t]|\d{1,9}[.)][ \t]|>|(?:-{3,}|={3,}|\*{3,})[ \t]*$|\|)/gm,
      mark("block"),
    );
  return escapeHtml(html)
    .replace(/\uE004(\d+)\uE005/g, (_match, index: string) => verbatim[Number(index)] ?? "")
    .replace(/\uE002(\/?[\w-]+)\uE003/g, "<$1>")
    .replace(/\uE000(\d+)\uE001/g, (_match, index: string) => escapeHtml(escaped[Number(index)] ?? ""));
}

/** The marker elements `hostMarkdown` makes of markup it recognized, as a selector. */
export const HOST_MARKUP = "time, raw-html, entity, a, strong, em, del, code, block";
