import { describe, expect, it } from "vitest";
import {
  WAIT,
  answersOf,
  currentRound,
  everythingVisibleTo,
  useMeeting,
  panelReady,
  untilPolled,
} from "./support/meeting";
import type { Participant } from "./support/meeting";

/**
 * The learning moment in the side panel, as two and three people in one stand-up: alice organizes
 * the meeting (and owns the team), bob and carol are members.
 */

const meeting = useMeeting();

/** Each panel's clock can be moved on to its next poll (`untilPolled`); otherwise it runs as usual. */
async function join(user: string, options: { clock?: boolean } = { clock: true }): Promise<Participant> {
  const participant = await meeting.open(user, options);
  await panelReady(participant);
  return participant;
}

async function start(facilitator: Participant, revealLabel: string) {
  await facilitator.app.getByRole("combobox", { name: "Show answers" }).selectOption({ label: revealLabel });
  await facilitator.app.getByRole("button", { name: "Start learning moment" }).click();
  await facilitator.app.getByRole("textbox", { name: "Your answer" }).waitFor(WAIT);
}

async function share(participant: Participant, text: string, options: { anonymous?: boolean } = {}) {
  await participant.app.getByRole("textbox", { name: "Your answer" }).fill(text);
  if (options.anonymous) await participant.app.getByRole("switch", { name: "Answer anonymously" }).check();
  await participant.app.getByRole("button", { name: "Share answer" }).click();
  await answerItem(participant, text).waitFor(WAIT);
}

const answers = (participant: Participant) => participant.app.getByRole("list", { name: "Answers" });
const answerItem = (participant: Participant, text: string) =>
  answers(participant).getByRole("listitem").filter({ hasText: text });

describe("side panel: a learning moment with two and three people", () => {
  it("shows bob's answer to alice within two seconds, live, with his name", async () => {
    // Real clocks: what is measured here is Live Share's delivery, which a moved clock would disturb.
    const [alice, bob] = await Promise.all([join("alice", {}), join("bob", {})]);
    await start(alice, "As they arrive");
    // Bob's panel was open before the round started: it finds the round by polling.
    await bob.app.getByRole("textbox", { name: "Your answer" }).waitFor(WAIT);

    const text = `Pairing on the flaky test found the race ${Date.now()}`;
    await share(bob, text);
    const delivered = Date.now();
    await answerItem(alice, text).waitFor({ timeout: 2_000 });
    expect(Date.now() - delivered).toBeLessThanOrEqual(2_000);
    await expect(answerItem(alice, text).textContent()).resolves.toContain("Bob Example");
    await expect(answerItem(bob, text).textContent()).resolves.toContain("You");
  });

  const MODES = [
    { mode: "live", label: "As they arrive" },
    { mode: "afterAnswer", label: "After each person answers" },
    { mode: "onReveal", label: "When the facilitator reveals them" },
  ] as const;

  for (const { mode, label } of MODES) {
    it(`reveal mode ${mode}: what the author, a member and the organizer see`, async () => {
      const [alice, bob, carol] = await Promise.all([join("alice"), join("bob"), join("carol")]);
      await start(alice, label);
      for (const member of [bob, carol])
        await untilPolled(member, member.app.getByRole("textbox", { name: "Your answer" }));

      const text = `Bob's ${mode} answer ${Date.now()}`;
      await share(bob, text);
      // The author always sees their own answer.
      await expect(answerItem(bob, text).count()).resolves.toBe(1);

      const round = await currentRound();
      expect(round?.revealMode).toBe(mode);
      // Everyone knows how many answered, whatever the mode.
      for (const viewer of [alice, carol]) {
        await viewer.app.getByText("1 answer", { exact: false }).first().waitFor(WAIT);
      }

      if (mode === "live") {
        await answerItem(carol, text).waitFor(WAIT);
        await answerItem(alice, text).waitFor(WAIT);
      } else {
        const hidden =
          mode === "afterAnswer"
            ? "Share your answer to see what the others said."
            : "Answers stay hidden until the facilitator reveals them.";
        for (const viewer of [alice, carol]) {
          await viewer.app.getByText(hidden).waitFor(WAIT);
          await expect(viewer.app.getByText(text).count()).resolves.toBe(0);
        }
        // Only the organizer (or the round's starter) can reveal.
        const reveal = alice.app.getByRole("button", { name: "Reveal answers" });
        await expect(reveal.count()).resolves.toBe(mode === "onReveal" ? 1 : 0);
        await expect(carol.app.getByRole("button", { name: "Reveal answers" }).count()).resolves.toBe(0);

        if (mode === "afterAnswer") {
          await share(carol, `Carol's own answer ${Date.now()}`);
          await answerItem(carol, text).waitFor(WAIT);
          // Alice has not answered: still hidden for her.
          await expect(alice.app.getByText(text).count()).resolves.toBe(0);
        } else {
          await reveal.click();
          await answerItem(carol, text).waitFor(WAIT);
          await answerItem(alice, text).waitFor(WAIT);
        }
      }

      // Members cannot close the round; the organizer can, and everyone sees it closed.
      await expect(carol.app.getByRole("button", { name: "Close learning moment" }).count()).resolves.toBe(0);
      await alice.app.getByRole("button", { name: "Close learning moment" }).click();
      for (const viewer of [alice, bob, carol]) {
        await viewer.app.getByRole("button", { name: "Start learning moment" }).waitFor(WAIT);
        // A closed round shows everything that was said.
        await answerItem(viewer, text).waitFor(WAIT);
      }
    });
  }

  it("never shows the author of an anonymous answer to anyone else, in the DOM or the accessibility tree", async () => {
    const [alice, bob, carol] = await Promise.all([join("alice"), join("bob"), join("carol")]);
    await start(alice, "As they arrive");
    // Everyone has the open round before bob answers, so carol's panel hears of the answer as new.
    for (const participant of [bob, carol]) {
      await untilPolled(participant, participant.app.getByRole("textbox", { name: "Your answer" }));
    }

    const text = `I was afraid to say the estimate was wrong ${Date.now()}`;
    await share(bob, text, { anonymous: true });
    await expect(answerItem(bob, text).textContent()).resolves.toContain("You (anonymous)");

    for (const other of [alice, carol]) {
      await answerItem(other, text).waitFor(WAIT);
      await expect(answerItem(other, text).textContent()).resolves.toContain("Anonymous");
      // Reactions and "we'll try this" work on it without naming anybody.
      await answerItem(other, text)
        .getByRole("button", { name: /^Me too/ })
        .click();
      const everything = await everythingVisibleTo(other);
      expect(everything).toContain(text);
      expect(everything).not.toMatch(/Bob Example|b0b00000-0000-4000-8000-000000000002/);
    }
    // The polite announcement of the new answer names no author either.
    const announcement = await carol.app.locator('[aria-live="polite"]').textContent();
    expect(announcement).toContain("New anonymous answer");

    const round = await currentRound();
    const stored = (await answersOf(round!.id, "carol")).find((answer) => answer.text === text);
    expect(stored?.author).toBeNull();
  });

  it("offers the organizer a nudge for those who have not answered, and reports what happened", async () => {
    const [alice, bob] = await Promise.all([join("alice"), join("bob")]);
    await start(alice, "As they arrive");
    await untilPolled(bob, bob.app.getByRole("textbox", { name: "Your answer" }));
    await expect(
      bob.app.getByRole("button", { name: "Nudge people who have not answered" }).count(),
    ).resolves.toBe(0);
    await alice.app.getByRole("button", { name: "Nudge people who have not answered" }).click();
    // Whether the nudge route exists yet or not, the organizer hears the outcome.
    await alice.app
      .getByText("Reminder sent to the people who have not answered yet.")
      .or(alice.app.getByRole("alert"))
      .first()
      .waitFor(WAIT);
  });
});
