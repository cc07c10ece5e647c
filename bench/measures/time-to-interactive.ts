import type { Browser, Frame, Page } from "playwright-core";
import type { BenchConfig } from "../config";
import { median } from "../support/stats";
import { ms, ratio, verdict } from "../support/report";
import type { MeasureResult } from "../support/report";

export const TTI_BUDGET = 1.3;

/** What counts as "the primary control" of a page: buttons and text boxes by accessible name. */
export interface Targets {
  buttons: string[];
  textboxes: string[];
}

export const APP_TARGETS: Targets = { buttons: ["Start learning moment"], textboxes: ["Your answer"] };
export const HELLO_TARGETS: Targets = { buttons: ["Say hello"], textboxes: [] };

/** Where the detector leaves its result, on the host page's window. */
interface Interactive {
  /** performance.now() in the app frame: ms since the frame's navigation started. */
  frameMs: number;
  /** The same instant measured from the host page's navigation start. */
  topMs: number;
  control: string;
}

declare global {
  interface Window {
    __benchInteractive?: Interactive;
  }
}

/**
 * Runs in every frame before any of its scripts (Playwright init script). In the framed app it
 * watches the DOM and, at the first mutation after which a target control exists, is enabled,
 * focusable (tabIndex ≥ 0) and rendered (has a layout box, not visibility:hidden), stamps
 * performance.now() onto the host page. Self-contained: it is sent to the page as source text.
 */
function detectInteractive(targets: Targets) {
  if (window.top === window || !window.top) return;
  const host = window.top;
  const clean = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();
  const matches = (text: string, names: string[]) =>
    names.some((name) => text === name || text.startsWith(`${name} `));
  const usable = (element: HTMLElement) =>
    !(element as HTMLButtonElement).disabled &&
    element.getAttribute("aria-disabled") !== "true" &&
    element.tabIndex >= 0 &&
    element.getClientRects().length > 0 &&
    getComputedStyle(element).visibility !== "hidden";
  const labelOf = (element: HTMLElement) => {
    const labelled = element.getAttribute("aria-labelledby");
    if (labelled)
      return clean(
        labelled
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" "),
      );
    const aria = element.getAttribute("aria-label");
    if (aria) return clean(aria);
    const labels = (element as HTMLTextAreaElement).labels;
    return labels && labels.length ? clean(labels[0]?.textContent) : "";
  };
  const find = (): string | null => {
    for (const element of document.querySelectorAll<HTMLElement>("button, [role=button]")) {
      const name = clean(element.getAttribute("aria-label") ?? element.textContent);
      if (matches(name, targets.buttons) && usable(element)) return `button "${name}"`;
    }
    for (const element of document.querySelectorAll<HTMLElement>(
      "textarea, input[type=text], [role=textbox]",
    )) {
      const name = labelOf(element);
      if (matches(name, targets.textboxes) && usable(element)) return `textbox "${name}"`;
    }
    return null;
  };
  let done = false;
  const check = () => {
    if (done) return;
    const control = find();
    if (!control) return;
    done = true;
    observer.disconnect();
    const frameMs = performance.now();
    host.__benchInteractive = {
      frameMs,
      topMs: performance.timeOrigin + frameMs - host.performance.timeOrigin,
      control,
    };
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["disabled", "aria-disabled", "tabindex", "hidden", "style", "class"],
  });
}

/**
 * The detector as source text. tsx compiles this file with esbuild's keepNames, which wraps
 * functions in a `__name` helper that does not exist in the page, so the script brings a stand-in.
 */
const detectorScript = (targets: Targets) =>
  `(() => { const __name = (target) => target; (${detectInteractive.toString()})(${JSON.stringify(targets)}); })();`;

export interface Site {
  name: string;
  origin: string;
  targets: Targets;
}

const HOST_QUERY = "view=sidePanel&user=alice&theme=default&scope=team%3Adev-team";

interface Sample extends Interactive {
  site: string;
  run: number;
}

/** One cold load in a fresh browser context: returns the detector's stamp after checking it with Playwright. */
async function loadOnce(browser: Browser, site: Site, config: BenchConfig["tti"]): Promise<Interactive> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript({ content: detectorScript(site.targets) });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: config.cpuThrottle });
    await page.goto(`${site.origin}/dev/host.html?${HOST_QUERY}`, {
      waitUntil: "commit",
      timeout: config.timeoutMs,
    });
    const handle = await page.waitForFunction(() => window.__benchInteractive, undefined, {
      polling: 100,
      timeout: config.timeoutMs,
    });
    const stamp = (await handle.jsonValue()) as Interactive;
    await verifyControl(page, site.targets);
    return stamp;
  } finally {
    await context.close();
  }
}

/** Confirms with Playwright's accessibility-based locators that the control is enabled and takes focus. */
async function verifyControl(page: Page, targets: Targets) {
  const frame: Frame | undefined = page.frames().find((candidate) => candidate !== page.mainFrame());
  if (!frame) throw new Error("the host page has no app frame");
  const candidates = [
    ...targets.buttons.map((name) => frame.getByRole("button", { name, exact: true })),
    ...targets.textboxes.map((name) => frame.getByRole("textbox", { name })),
  ];
  for (const locator of candidates) {
    if ((await locator.count()) === 0) continue;
    const control = locator.first();
    if (!(await control.isEnabled())) continue;
    await control.focus();
    if (await control.evaluate((element) => element === element.ownerDocument.activeElement)) return;
  }
  throw new Error(
    `no enabled, focusable control named ${[...targets.buttons, ...targets.textboxes].join(" / ")} in the app frame`,
  );
}

/**
 * Cold loads of the side panel and the hello page through the local Teams host page, interleaved
 * (ABBA order) so drift in machine load hits both alike; the first load of each is a discarded warm-up.
 */
export async function timeToInteractive(
  browser: Browser,
  app: Site,
  hello: Site,
  config: BenchConfig["tti"],
): Promise<Omit<MeasureResult, "durationMs">> {
  const samples: Sample[] = [];
  const failures: string[] = [];
  for (let warmup = 0; warmup < config.warmups; warmup++) {
    for (const site of [app, hello]) {
      try {
        await loadOnce(browser, site, config);
      } catch (error) {
        failures.push(
          `${site.name} warm-up: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
        );
      }
    }
  }
  for (let run = 0; run < config.runs; run++) {
    const order = run % 2 === 0 ? [app, hello] : [hello, app];
    for (const site of order) {
      try {
        samples.push({ site: site.name, run, ...(await loadOnce(browser, site, config)) });
      } catch (error) {
        failures.push(
          `${site.name} run ${run}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
        );
      }
    }
  }
  const of = (site: Site) => samples.filter((sample) => sample.site === site.name);
  for (const site of [app, hello]) {
    if (of(site).length < Math.ceil(config.runs / 2)) {
      throw new Error(
        `${site.name}: only ${of(site).length} of ${config.runs} loads finished: ${failures.join("; ")}`,
      );
    }
  }
  const appMedian = median(of(app).map((sample) => sample.frameMs));
  const helloMedian = median(of(hello).map((sample) => sample.frameMs));
  const appTop = median(of(app).map((sample) => sample.topMs));
  const helloTop = median(of(hello).map((sample) => sample.topMs));
  const value = appMedian / helloMedian;
  return {
    id: "tti",
    title: "Side panel time to interactive vs hello page",
    rows: [
      {
        measure: `side panel interactive, ${config.cpuThrottle}× CPU, median of ${of(app).length}`,
        value: ms(appMedian),
        baseline: ms(helloMedian),
        ratio: ratio(value),
        budget: `≤ ${TTI_BUDGET}×`,
        verdict: verdict(value <= TTI_BUDGET),
      },
      {
        measure: "  same, from host page navigation start",
        value: ms(appTop),
        baseline: ms(helloTop),
        ratio: ratio(appTop / helloTop),
        verdict: "info",
      },
    ],
    notes: [
      `Production builds served by node:http on 127.0.0.1 and framed by the real local Teams host page (tabs/dev/host.html + host.ts, bundled with esbuild) on the same origin, /api proxied to the API; headless Chromium, a fresh browser context per load, CPU throttled ${config.cpuThrottle}× with CDP Emulation.setCPUThrottlingRate, ${config.warmups} discarded warm-up load(s) each, then ${config.runs} interleaved loads each.`,
      'Interactive = performance.now() in the app frame (ms since the frame\'s navigation start) at the first DOM mutation after which the primary control exists, is enabled, focusable and rendered: the side panel\'s button "Start learning moment" or its "Your answer" text box; the hello page\'s "Say hello" button, enabled once teams-js app.initialize() resolved. Playwright then checks by role and name that the control is enabled and takes focus.',
      ...(failures.length ? [`Failed loads (left out): ${failures.join("; ")}`] : []),
    ],
    details: { samples, failures, medians: { appMedian, helloMedian, appTop, helloTop } },
  };
}
