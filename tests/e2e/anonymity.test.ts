import type { ExperimentsResponse } from "@learning-loop/contract";
import { describe, expect, it } from "vitest";
import {
  TEAM,
  WAIT,
  api,
  closeOpenRounds,
  everythingVisibleTo,
  panelReady,
  scopePath,
  untilPolled,
  useMeeting,
} from "./support/meeting";
import type { Participant } from "./support/meeting";

/**
 * The curious teammate in the browser (docs/anonymity.md: experiments, the accessibility tree, the
 * small-group guard): what another member's page holds, DOM and accessibility tree, after Bob turns
 * his own anonymous answer into an experiment; and what the composer says before an anonymous
 * answer is shared where anonymity cannot hold.
 */

const meeting = useMeeting();
const BOB = /Bob Example|b0b00000-0000-4000-8000-000000000002/;

/** Each panel's clock can be moved on to its next poll (`untilPolled`); otherwise it runs as usual. */
async function join(user: string, options: Parameters<typeof meeting.open>[1] = {}): Promise<Participant> {
  const participant = await meeting.open(user, { clock: true, ...options });
  await panelReady(participant);
  return participant;
}

const answerItem = (participant: Participant, text: string) =>
  participant.app.getByRole("list", { name: "Answers" }).getByRole("listitem").filter({ hasText: text });

async function startRound(facilitator: Participant) {
  await facilitator.app.getByRole("button", { name: "Start learning moment" }).click();
  await facilitator.app.getByRole("textbox", { name: "Your answer" }).waitFor(WAIT);
}

describe("anonymity in the browser", () => {
  it("lets Bob turn his own anonymous answer into an experiment that names nobody, in any page a teammate opens", async () => {
    const [alice, bob] = await Promise.all([join("alice"), join("bob")]);
    await startRound(alice);
    await untilPolled(bob, bob.app.getByRole("textbox", { name: "Your answer" }));
    const text = `Timebox the design debate ${Date.now()}`;
    await bob.app.getByRole("textbox", { name: "Your answer" }).fill(text);
    await bob.app.getByRole("switch", { name: "Answer anonymously" }).check();
    await bob.app.getByRole("button", { name: "Share answer" }).click();
    await answerItem(bob, text).waitFor(WAIT);

    await answerItem(bob, text).getByRole("button", { name: "We'll try this" }).click();
    const dialog = bob.app.getByRole("dialog", { name: "We'll try this" });
    await dialog.waitFor(WAIT);
    await dialog.getByText("This idea was shared anonymously.", { exact: false }).waitFor(WAIT);
    const owner = dialog.getByRole("combobox", { name: "Owner" });
    await expect(owner.inputValue()).resolves.toBe("");
    // Naming himself would tell the team: the dialog says so before he starts it.
    await owner.fill("Bob Example");
    await dialog
      .getByText("Naming yourself as the owner tells the team it was yours.", { exact: false })
      .waitFor(WAIT);
    await owner.fill("");
    await dialog.getByRole("button", { name: "Start experiment" }).click();
    await dialog.waitFor({ state: "detached", ...WAIT });

    const { body } = await api<ExperimentsResponse>("carol", "GET", `${scopePath(TEAM)}/experiments`);
    const experiment = body.items.find((candidate) => candidate.text === text);
    expect(experiment).toMatchObject({ owner: null, createdBy: null });

    // Carol's side panel: the experiment, with nobody named.
    const carol = await join("carol");
    const list = carol.app.getByRole("heading", { name: "Experiments we'll try" });
    await list.waitFor(WAIT);
    await carol.app.getByText(text).first().waitFor(WAIT);
    const panel = await everythingVisibleTo(carol);
    expect(panel).toContain(text);
    expect(panel).not.toMatch(BOB);

    // Carol's channel tab: the experiments board says nobody owns it yet.
    const tab = await meeting.open("carol", { view: "content" });
    await tab.app.getByRole("tab", { name: "Experiments", exact: true }).click();
    const card = tab.app.getByRole("listitem").filter({ hasText: text });
    await card.waitFor(WAIT);
    await card.getByText("No owner yet").waitFor(WAIT);
    // The board, as markup and as a screen reader hears it, without the cards of other tests'
    // experiments (Bob owns some of those by name). (The page's "Answered by" filter lists whoever
    // answered anything by name in this scope, so Bob may be there for his named answers.)
    const board = tab.app.getByRole("tabpanel", { name: "Experiments", exact: true });
    await board.evaluate((element, own) => {
      for (const item of element.querySelectorAll("li")) if (!item.textContent?.includes(own)) item.remove();
    }, text);
    const heard = [await board.evaluate((element) => element.outerHTML), await board.ariaSnapshot()].join(
      "\n",
    );
    expect(heard).toContain(text);
    expect(heard).not.toMatch(BOB);

    // Drop it, so that its check-back does not wait in later tests' side panels.
    const dropped = await api(
      "carol",
      "PATCH",
      `${scopePath(TEAM)}/experiments/${experiment!.id}`,
      { status: "dropped" },
      { "if-match": experiment!.etag },
    );
    expect(dropped.status).toBe(200);
  });

  it("warns before an anonymous answer is shared in a group of fewer than three", async () => {
    const scope = "team:other-team";
    const mallory = await join("mallory", { scope });
    try {
      await startRound(mallory);
      const anonymous = mallory.app.getByRole("switch", { name: "Answer anonymously" });
      const warnings = mallory.app.getByRole("list", { name: "Before you share anonymously" });
      await expect(warnings.count()).resolves.toBe(0);
      await anonymous.check();
      await warnings.getByText("Fewer than three people are in this group", { exact: false }).waitFor(WAIT);
      // A screen reader hears it with the switch and with the share button.
      await expect.poll(() => anonymous.evaluate(describedBy)).toContain("Fewer than three people");
      const share = mallory.app.getByRole("button", { name: "Share answer" });
      await expect(share.evaluate(describedBy)).resolves.toContain("Fewer than three people");
      await anonymous.uncheck();
      await expect.poll(() => warnings.count()).toBe(0);
    } finally {
      await closeOpenRounds(scope, "mallory");
    }
  });

  it("warns while fewer than two others have answered, and that a live round shows an answer as it is sent", async () => {
    const [alice, bob] = await Promise.all([join("alice"), join("bob")]);
    await startRound(alice);
    await untilPolled(bob, bob.app.getByRole("switch", { name: "Answer anonymously" }));
    await bob.app.getByRole("switch", { name: "Answer anonymously" }).check();
    const warnings = bob.app.getByRole("list", { name: "Before you share anonymously" });
    await warnings.getByText("No answers so far.", { exact: false }).waitFor(WAIT);
    await warnings.getByText("Answers appear as they are sent", { exact: false }).waitFor(WAIT);
    await expect(warnings.getByText(/^Fewer than three people are in this group/).count()).resolves.toBe(0);
  });
});

/** The text of the elements an element's aria-describedby names, as assistive technology reads it. */
function describedBy(element: Element): string {
  const ids = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  return ids.map((id) => element.ownerDocument.getElementById(id)?.textContent ?? "").join(" ");
}
