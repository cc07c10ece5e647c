import type { RoundView } from "@learning-loop/contract";
import { describe, expect, it } from "vitest";
import { anonymityWarnings } from "../../tabs/src/side-panel/anonymity-warnings";

// docs/anonymity.md, "Small groups" and "Live reveal timing": what the composer says before an
// anonymous answer is shared.
const round = (overrides: Partial<RoundView>): RoundView =>
  ({ status: "open", revealMode: "onReveal", revealed: false, answerCount: 5, ...overrides }) as RoundView;

describe("the composer's warnings before an anonymous answer", () => {
  it("says a group of fewer than three cannot hide anyone, instead of counting answers", () => {
    const warnings = anonymityWarnings(round({ answerCount: 0 }), true);
    expect(warnings).toEqual([expect.stringMatching(/^Fewer than three people are in this group/)]);
  });

  it("says how few answers there are while fewer than two others have answered", () => {
    expect(anonymityWarnings(round({ answerCount: 0 }), false)).toEqual([
      expect.stringMatching(/^No answers so far\. /),
    ]);
    expect(anonymityWarnings(round({ answerCount: 1 }), false)).toEqual([
      expect.stringMatching(/^Only one answer so far\. /),
    ]);
    expect(anonymityWarnings(round({ answerCount: 2 }), false)).toEqual([]);
  });

  it("warns that answers show as they are sent wherever others can see them at once", () => {
    const live = /^Answers appear as they are sent/;
    expect(anonymityWarnings(round({ revealMode: "live" }), false)).toEqual([expect.stringMatching(live)]);
    expect(anonymityWarnings(round({ revealMode: "afterAnswer" }), false)).toEqual([
      expect.stringMatching(live),
    ]);
    expect(anonymityWarnings(round({ revealMode: "onReveal", revealed: true }), false)).toEqual([
      expect.stringMatching(live),
    ]);
    expect(anonymityWarnings(round({ revealMode: "onReveal" }), false)).toEqual([]);
    expect(anonymityWarnings(round({ revealMode: "live", status: "closed" }), false)).toEqual([]);
  });
});
