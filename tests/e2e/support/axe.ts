import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Frame } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.1 A/AA and best practices) inside the app's frame and returns the serious
 * and critical violations. Colours are only final once animations and transitions (dialogs fading
 * in, a button leaving its pressed state, a hover starting as a dialog settles under the pointer)
 * have finished, so it waits until a frame passes with none running. Fluent's
 * focus guards (`<i aria-hidden data-tabster-dummy>`) are focusable on purpose and pass focus on;
 * Fluent lists them as a known false positive (microsoft/tabster#288), so they are left out.
 */
export async function seriousViolations(frame: Frame): Promise<AxeFinding[]> {
  await frame.evaluate(async () => {
    // A transition can start as another ends (a dialog settling under the pointer starts a hover),
    // so wait until a frame passes with none running.
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let round = 0; round < 20; round += 1) {
      await frame();
      const running = document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
      if (running.length === 0) return;
      await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
    }
  });
  if (!(await frame.evaluate(() => "axe" in window))) await frame.evaluate(axeSource);
  return frame.evaluate(async () => {
    interface AxeRunResult {
      violations: { id: string; impact: string | null; help: string; nodes: { html: string }[] }[];
    }
    const axe = (
      window as unknown as { axe: { run(context: object, options: object): Promise<AxeRunResult> } }
    ).axe;
    const result = await axe.run(
      { exclude: [["[data-tabster-dummy]"]] },
      { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } },
    );
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.slice(0, 3).map((node) => node.html),
      }));
  });
}
