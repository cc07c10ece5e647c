import type { ExperimentsResponse } from "@learning-loop/contract";
import { describe, expect, it } from "vitest";
import {
  TEAM,
  WAIT,
  api,
  panelReady,
  scopePath,
  seriousViolations,
  untilPolled,
  useMeeting,
} from "./support/meeting";
import type { Participant } from "./support/meeting";

/**
 * Experiments that reach their owners, in the browser through the local Teams host page: Bob picks
 * Carol from the team with the owner picker (by keyboard), and Carol finds the experiment in "My
 * experiments", in the side panel and in the history tab, and records its outcome there.
 */

const meeting = useMeeting();
const CAROL_OID = "ca201000-0000-4000-8000-000000000003";

async function join(user: string, options: Parameters<typeof meeting.open>[1] = {}): Promise<Participant> {
  const participant = await meeting.open(user, options);
  await panelReady(participant);
  return participant;
}

const answerItem = (participant: Participant, text: string) =>
  participant.app.getByRole("list", { name: "Answers" }).getByRole("listitem").filter({ hasText: text });

describe("experiment owners", () => {
  it("picks an owner from the team, who then finds and closes it in My experiments", async () => {
    // Bob's panel clock can be moved on to its next poll (`untilPolled`); otherwise it runs as usual.
    const [alice, bob] = await Promise.all([join("alice"), join("bob", { clock: true })]);
    await alice.app.getByRole("button", { name: "Start learning moment" }).click();
    const text = `Pair on the release checklist ${Date.now()}`;
    await alice.app.getByRole("textbox", { name: "Your answer" }).fill(text);
    await alice.app.getByRole("button", { name: "Share answer" }).click();
    await untilPolled(bob, answerItem(bob, text));

    await answerItem(bob, text).getByRole("button", { name: "We'll try this" }).click();
    const dialog = bob.app.getByRole("dialog", { name: "We'll try this" });
    await dialog.waitFor(WAIT);
    const owner = dialog.getByRole("combobox", { name: "Owner" });
    await owner.fill("");
    await owner.pressSequentially("car");
    // The team's people matching what was typed, as options of the combobox; chosen by keyboard.
    await bob.app.getByRole("option", { name: "Carol Example" }).waitFor(WAIT);
    await owner.press("ArrowDown");
    await owner.press("Enter");
    await expect(owner.inputValue()).resolves.toBe("Carol Example");
    await dialog.getByText("Carol Example will be reminded when the check-back is due.").waitFor(WAIT);
    await dialog.getByRole("button", { name: "Start experiment" }).click();
    await dialog.waitFor({ state: "detached", ...WAIT });

    const { body } = await api<ExperimentsResponse>("alice", "GET", `${scopePath(TEAM)}/experiments`);
    const experiment = body.items.find((candidate) => candidate.text === text);
    expect(experiment?.owner).toEqual({ oid: CAROL_OID, name: "Carol Example" });

    // Carol's side panel and history tab, and Bob's history tab, opened together.
    const [carol, history, bobs] = await Promise.all([
      join("carol"),
      meeting.open("carol", { view: "content" }),
      meeting.open("bob", { view: "content" }),
    ]);

    // Carol, in her side panel: My experiments lists it.
    await carol.app.getByRole("button", { name: "My experiments" }).click();
    const mine = carol.app.getByRole("dialog", { name: "My experiments" });
    await mine.waitFor(WAIT);
    const entry = mine
      .getByRole("list", { name: "Experiments you own" })
      .getByRole("listitem")
      .filter({ hasText: text });
    await entry.waitFor(WAIT);
    await entry.getByText("In dev-team · Planned", { exact: false }).waitFor(WAIT);
    expect(await seriousViolations(carol.frame())).toEqual([]);
    await mine.getByRole("button", { name: "Close" }).click();
    await mine.waitFor({ state: "detached", ...WAIT });

    // And in the history tab's My experiments view, where she records what happened.
    await history.app.getByRole("tab", { name: "My experiments" }).click();
    const panel = history.app.getByRole("tabpanel", { name: "My experiments" });
    const item = panel.getByRole("listitem").filter({ hasText: text });
    await item.waitFor(WAIT);
    await item
      .getByRole("textbox", { name: "What happened? What did we learn?" })
      .fill("Checklist misses dropped to zero.");
    await item.getByRole("button", { name: "Save outcome" }).click();
    await item.getByText("Outcome: Checklist misses dropped to zero.").waitFor(WAIT);
    await item.getByText("Done", { exact: false }).first().waitFor(WAIT);
    const after = await api<ExperimentsResponse>("alice", "GET", `${scopePath(TEAM)}/experiments`);
    expect(after.body.items.find((candidate) => candidate.text === text)).toMatchObject({
      status: "done",
      outcome: "Checklist misses dropped to zero.",
    });
    // Bob does not own it: his My experiments does not list it.
    await bobs.app.getByRole("tab", { name: "My experiments" }).click();
    const bobPanel = bobs.app.getByRole("tabpanel", { name: "My experiments" });
    await bobPanel
      .getByText(/Experiments you own|You own no experiments yet/)
      .first()
      .waitFor(WAIT);
    await expect(bobPanel.getByText(text).count()).resolves.toBe(0);
  });
});
