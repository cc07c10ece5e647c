import type { Locator } from "playwright-core";
import { expect } from "vitest";

const atBottom = (list: Locator) =>
  list.evaluate((element) => {
    const scroller = element.parentElement!;
    return scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
  });

/**
 * Scrolls the scroller around a virtual, page-by-page list down most of a screen at a time until
 * `end` shows. After each step it waits for the list to render (two frames); at the bottom, for the
 * next page to arrive (the list grows) or for `end`. `onStep` sees each screenful, the last one too.
 */
export async function scrollToEnd(
  list: Locator,
  end: Locator,
  { onStep, maxSteps = 2000 }: { onStep?: () => Promise<void>; maxSteps?: number } = {},
) {
  for (let step = 0; step < maxSteps; step++) {
    await onStep?.();
    // Scrolls, then lets two frames render (the scroll event, the rows it brings) in one round trip.
    const moved = await list.evaluate(async (element) => {
      const scroller = element.parentElement!;
      const before = scroller.scrollTop;
      scroller.scrollBy(0, scroller.clientHeight * 0.8);
      if (scroller.scrollTop === before) return false;
      await new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      );
      return true;
    });
    if (!moved && (await end.count()) > 0) {
      await onStep?.();
      return;
    }
    if (!moved)
      await expect
        .poll(async () => (await end.count()) > 0 || !(await atBottom(list)), { timeout: 20_000 })
        .toBe(true);
  }
  throw new Error("the list never reached its end");
}
