import { graphHtmlMismatch } from "../support/builds";
import type { BuiltPage } from "../support/builds";
import { kb, ratio, verdict } from "../support/report";
import type { MeasureResult } from "../support/report";

export const INITIAL_JS_BUDGET = 1.35;

/** Side panel initial JS (gzip) against the hello page, both from the same Vite config in this run. */
export function initialJs(app: BuiltPage, hello: BuiltPage): Omit<MeasureResult, "durationMs"> {
  const value = app.initialGzipBytes / hello.initialGzipBytes;
  const mismatches = [
    ...graphHtmlMismatch(app).map((m) => `app: ${m}`),
    ...graphHtmlMismatch(hello).map((m) => `hello: ${m}`),
  ];
  return {
    id: "initial-js",
    title: "Side panel initial JS (gzip) vs hello page",
    rows: [
      {
        measure: "side panel initial JS, gzip -9",
        value: kb(app.initialGzipBytes),
        baseline: kb(hello.initialGzipBytes),
        ratio: ratio(value),
        budget: `≤ ${INITIAL_JS_BUDGET}×`,
        verdict: verdict(value <= INITIAL_JS_BUDGET),
      },
      {
        measure: "side panel initial JS, uncompressed",
        value: kb(app.initialBytes),
        baseline: kb(hello.initialBytes),
        ratio: ratio(app.initialBytes / hello.initialBytes),
        verdict: "info",
      },
      {
        measure: "side panel other chunks, gzip -9 (not counted)",
        value: `${app.lazy.length} chunks, ${kb(app.lazy.reduce((sum, file) => sum + file.gzipBytes, 0))}`,
        verdict: "info",
      },
    ],
    notes: [
      "Initial JS = the entry chunk of index.html plus every chunk it imports statically (the Rolldown chunk graph), each gzipped at level 9 and summed; chunks reached only by dynamic import() (and the sign-in pages' own entries) are excluded. The side panel is built exactly as production builds the tabs (all inputs); the hello page with the same config file, plugins and settings, only root, input and output folder replaced.",
      mismatches.length
        ? `Chunk graph and index.html (script + modulepreload) disagree: ${mismatches.join("; ")}`
        : "Cross-check: the chunk graph matches index.html's module script and modulepreload links.",
    ],
    details: {
      app: {
        initial: app.initial,
        lazy: app.lazy,
        htmlScripts: app.htmlScripts,
        buildMs: Math.round(app.buildMs),
      },
      hello: {
        initial: hello.initial,
        lazy: hello.lazy,
        htmlScripts: hello.htmlScripts,
        buildMs: Math.round(hello.buildMs),
      },
      mismatches,
    },
  };
}
