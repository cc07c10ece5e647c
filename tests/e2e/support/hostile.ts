import type { Frame, Locator, Page } from "playwright-core";
import { expect } from "vitest";

/**
 * Proof that hostile text stayed text in the browser: every executable vector of the XSS corpus
 * bumps `window.top.__xssTripped`, so a script that ran leaves a count on the host page; alerts and
 * prompts are caught by a dialog listener; requests a vector would make (`<img src=x>`, a script
 * from evil.example) are caught by a request listener; and the app's DOM is searched for anything
 * markup in the corpus would have created.
 */

interface Tripwire {
  __xssTripped?: number;
}

export interface Watch {
  /** Every dialog any frame of the page opened (dismissed at once). */
  dialogs: string[];
  /** Requests only a vector could have caused. */
  requests: string[];
}

/** Starts watching a page: call before its first navigation. */
export function watch(page: Page): Watch {
  const seen: Watch = { dialogs: [], requests: [] };
  page.on("dialog", (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => undefined);
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.hostname.endsWith("evil.example") || url.pathname === "/x" || url.protocol === "javascript:")
      seen.requests.push(request.url());
  });
  return seen;
}

/** The tripwire's count on the host page and as the app's frame sees it (its own window, then top). */
export async function tripwires(page: Page, frame: Frame): Promise<{ top: unknown; app: unknown }> {
  const top = await page.evaluate(() => (window as Tripwire).__xssTripped);
  const app = await frame.evaluate(
    () => (window as Tripwire).__xssTripped ?? (window.top as Tripwire | null)?.__xssTripped,
  );
  return { top, app };
}

/**
 * What markup from the corpus would have left in the app's document: event-handler attributes,
 * `javascript:` URLs, `srcdoc`, and elements the app itself never renders (script with inline code
 * or from another origin, img, iframe, object, embed, media, SVG animation, MathML, base, meta or
 * style in the body). Returns a description of each finding; empty when clean.
 */
export function injectedMarkup(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const findings: string[] = [];
    const describe = (element: Element) => element.outerHTML.slice(0, 160);
    // Browsers ignore control characters and whitespace in a URL's scheme ("java\tscript:").
    const scheme = (url: string) => [...url].filter((char) => char.charCodeAt(0) > 0x20).join("");
    const urlAttributes = new Set([
      "href",
      "src",
      "action",
      "formaction",
      "data",
      "xlink:href",
      "poster",
      "background",
    ]);
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        const value = attribute.value;
        if (name.startsWith("on")) findings.push(`event handler ${name}: ${describe(element)}`);
        else if (name === "srcdoc") findings.push(`srcdoc: ${describe(element)}`);
        else if (urlAttributes.has(name) && /^(javascript|vbscript|data):/i.test(scheme(value)))
          findings.push(`script URL in ${name}: ${describe(element)}`);
        else if (name === "style" && /javascript:|expression\(|url\(/i.test(value))
          findings.push(`script in style: ${describe(element)}`);
        else if (urlAttributes.has(name) && value.includes("evil.example"))
          findings.push(`evil.example in ${name}: ${describe(element)}`);
      }
    }
    // The page's own scripts (the entry module, Vite's client and React refresh preamble in
    // development) sit directly in <head> or <body>; anything deeper came from rendering.
    for (const script of document.querySelectorAll("script")) {
      const own = script.parentElement === document.head || script.parentElement === document.body;
      const src = script.getAttribute("src");
      if (
        !own ||
        script.text.includes("xssTripped") ||
        (src && !new URL(src, location.href).href.startsWith(location.origin))
      )
        findings.push(`script: ${describe(script)}`);
    }
    const foreign =
      "img, iframe, frame, frameset, object, embed, video, audio, source, animate, set, math, mglyph, base, body meta, body style, body link, marquee";
    for (const element of document.querySelectorAll(foreign)) findings.push(`element: ${describe(element)}`);
    return findings;
  });
}

/**
 * Returns once late handlers have had their turn in each frame: every image has loaded or failed
 * (its onerror queued), then two frames were rendered, which runs autofocus/onfocus, animations'
 * onbegin and any task queued before them.
 */
export async function settled(...frames: Frame[]) {
  for (const frame of frames) {
    await frame.waitForFunction(
      () => Array.from(document.images).every((image) => image.complete),
      undefined,
      { polling: 50, timeout: 10_000 },
    );
    await frame.evaluate(
      () =>
        new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    );
  }
}

/** Asserts that nothing ran and nothing was injected, once late handlers have had their turn. */
export async function expectNothingRan(page: Page, frame: Frame, seen: Watch, surface: string) {
  // onerror of a failed image, autofocus/onfocus, onbegin of an animation.
  await settled(page.mainFrame(), frame);
  expect(await tripwires(page, frame), `${surface}: the tripwire`).toEqual({
    top: undefined,
    app: undefined,
  });
  expect(seen.dialogs, `${surface}: dialogs`).toEqual([]);
  expect(seen.requests, `${surface}: requests a vector would make`).toEqual([]);
  expect(await injectedMarkup(frame), `${surface}: markup from the corpus in the DOM`).toEqual([]);
}

/** A piece of text the page shows: an element's textContent, with no element inside it. */
export interface Shown {
  text: string;
  visible: boolean;
}

/**
 * The texts under `root` that are text only: elements without child elements (a vector turned
 * into markup would have some), with their textContent exactly as the DOM holds it.
 */
export function leafTexts(root: Locator, selector = "*"): Promise<Shown[]> {
  return root.evaluate(
    (element, query) =>
      [...(element.matches(query) ? [element] : []), ...element.querySelectorAll(query)]
        .filter((candidate) => candidate.childElementCount === 0)
        .map((candidate) => ({
          text: candidate.textContent ?? "",
          visible: candidate.getClientRects().length > 0,
        }))
        .filter((shown) => shown.text !== ""),
    selector,
  );
}

/** Whitespace as HTML may fold it: runs of spaces, tabs, CR, LF and U+2028/2029 become one space. */
const folded = (text: string) => text.replace(/[\s\u2028\u2029]+/gu, " ").trim();

/**
 * Every expected text is shown by some text-only element, exactly (or, only for text with line
 * breaks or whitespace runs, equal after folding whitespace on both sides), and on screen. An
 * escaped form (`&lt;` for `<`) never matches. `render` gives the text as the surface words it
 * (e.g. `Owner: {name}`); `match` lets the element's text go on after it (a caption that goes on
 * with a date: "prefix") or start before it ("Monday: {prompt}": "suffix").
 */
export function expectShownLiterally(
  shown: readonly Shown[],
  expected: readonly string[],
  surface: string,
  options: { render?: (text: string) => string; match?: "exact" | "prefix" | "suffix" } = {},
) {
  const render = options.render ?? ((text: string) => text);
  const matches = (actual: string, wanted: string) =>
    options.match === "prefix"
      ? actual.startsWith(wanted)
      : options.match === "suffix"
        ? actual.endsWith(wanted)
        : actual === wanted;
  const missing: string[] = [];
  const hidden: string[] = [];
  for (const text of expected) {
    const wanted = render(text);
    let found = shown.find((candidate) => matches(candidate.text, wanted));
    if (!found && /[\s\u2028\u2029]{2,}|[\r\n\u2028\u2029]/u.test(wanted))
      found = shown.find((candidate) => matches(folded(candidate.text), folded(wanted)));
    if (!found) missing.push(wanted);
    else if (!found.visible) hidden.push(wanted);
  }
  expect(missing, `${surface}: texts not shown literally`).toEqual([]);
  expect(hidden, `${surface}: texts in the DOM but not rendered`).toEqual([]);
}
