import type {
  ExperimentView,
  ExperimentsResponse,
  PromptsResponse,
  ScopeView,
} from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  TEAM,
  WAIT,
  answersOf,
  api,
  currentRound,
  useMeeting,
  panelReady,
  scopePath,
  untilPolled,
} from "./support/meeting";
import type { Participant } from "./support/meeting";

/** Working with answers in the side panel: compose, edit, delete, react, try, check back, pick a prompt. */

const meeting = useMeeting();

/** Each panel's clock can be moved on to its next poll (`untilPolled`); otherwise it runs as usual. */
async function join(user: string): Promise<Participant> {
  const participant = await meeting.open(user, { clock: true });
  await panelReady(participant);
  return participant;
}

async function startRound(facilitator: Participant) {
  await facilitator.app.getByRole("button", { name: "Start learning moment" }).click();
  await facilitator.app.getByRole("textbox", { name: "Your answer" }).waitFor(WAIT);
}

const item = (participant: Participant, text: string) =>
  participant.app.getByRole("list", { name: "Answers" }).getByRole("listitem").filter({ hasText: text });

async function share(participant: Participant, text: string) {
  await participant.app.getByRole("textbox", { name: "Your answer" }).fill(text);
  await participant.app.getByRole("button", { name: "Share answer" }).click();
  await item(participant, text).waitFor(WAIT);
}

describe("side panel: answers", () => {
  it("counts characters as the API does, tags a learning mode and shares with Ctrl+Enter", async () => {
    const alice = await join("alice");
    await startRound(alice);
    const box = alice.app.getByRole("textbox", { name: "Your answer" });
    await box.fill("Ship 🚢 small");
    await alice.app.getByText("12 of 1,000 characters").waitFor(WAIT);
    await box.fill("x".repeat(1_001));
    await alice.app.getByText("1 character too many").waitFor(WAIT);
    await expect(box.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(alice.app.getByRole("button", { name: "Share answer" }).isDisabled()).resolves.toBe(true);

    const chip = alice.app.getByRole("button", { name: "Reflexive" });
    await expect(chip.getAttribute("aria-pressed")).resolves.toBe("false");
    await chip.click();
    await expect(chip.getAttribute("aria-pressed")).resolves.toBe("true");

    const text = `We assumed the users wanted speed ${Date.now()}`;
    await box.fill(text);
    await box.press("Control+Enter");
    await item(alice, text).getByText("Reflexive").waitFor(WAIT);
    await expect(box.inputValue()).resolves.toBe("");
    const round = await currentRound();
    expect((await answersOf(round!.id)).find((answer) => answer.text === text)?.mode).toBe("reflexive");
  });

  it("lets the author edit and delete their answer, and recovers from a stale ETag (412)", async () => {
    const [alice, bob] = await Promise.all([join("alice"), join("bob")]);
    await startRound(alice);
    const first = `First thought ${Date.now()}`;
    await share(alice, first);
    // Not bob's answer: he sees no edit or delete.
    await untilPolled(bob, item(bob, first));
    await expect(item(bob, first).getByRole("button", { name: "Edit" }).count()).resolves.toBe(0);

    // Someone (alice in another window) changed it meanwhile: the If-Match the panel sends is stale.
    let staleOnce = true;
    await alice.page.route("**/api/scopes/*/rounds/*/answers/*", async (route) => {
      if (route.request().method() === "PATCH" && staleOnce) {
        staleOnce = false;
        await route.continue({ headers: { ...route.request().headers(), "if-match": '"0"' } });
      } else await route.continue();
    });
    await item(alice, first).getByRole("button", { name: "Edit" }).click();
    const editor = alice.app.getByRole("textbox", { name: "Edit your answer" });
    await expect(editor.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    const second = `Second thought ${Date.now()}`;
    await editor.fill(second);
    await alice.app.getByRole("button", { name: "Save", exact: true }).click();
    await alice.app.getByText("Someone changed this answer meanwhile.", { exact: false }).waitFor(WAIT);
    await expect(editor.inputValue()).resolves.toBe(second);
    await alice.app.getByRole("button", { name: "Save", exact: true }).click();
    await item(alice, second).getByText("edited").waitFor(WAIT);
    await item(bob, second).waitFor(WAIT);
    await expect(
      alice.app
        .getByRole("button", { name: "Edit" })
        .evaluate((element) => element === document.activeElement),
    ).resolves.toBe(true);

    await item(alice, second).getByRole("button", { name: "Delete" }).click();
    await alice.app.getByRole("button", { name: "Delete answer" }).click();
    await alice.app.getByText("No answers yet. Be the first to share.").waitFor(WAIT);
    await bob.app.getByText("No answers yet. Be the first to share.").waitFor(WAIT);
    const round = await currentRound();
    expect(await answersOf(round!.id)).toHaveLength(0);
  });

  it("counts reactions and marks the caller's own with aria-pressed", async () => {
    const [alice, bob, carol] = await Promise.all([join("alice"), join("bob"), join("carol")]);
    await startRound(alice);
    const text = `Demo early, demo often ${Date.now()}`;
    await share(alice, text);

    for (const person of [bob, carol]) {
      await untilPolled(person, item(person, text));
      await item(person, text)
        .getByRole("button", { name: /^Me too/ })
        .click();
    }
    await item(bob, text)
      .getByRole("button", { name: /^Insightful/ })
      .click();

    const meToo = item(alice, text).getByRole("button", { name: "Me too, 2 people" });
    await meToo.waitFor(WAIT);
    await expect(meToo.getAttribute("aria-pressed")).resolves.toBe("false");
    const bobsMeToo = item(bob, text).getByRole("button", { name: "Me too, 2 people" });
    await bobsMeToo.waitFor(WAIT);
    await expect(bobsMeToo.getAttribute("aria-pressed")).resolves.toBe("true");
    await item(alice, text).getByRole("button", { name: "Insightful, 1 person" }).waitFor(WAIT);

    // Taking it back counts down for everyone.
    await bobsMeToo.click();
    await item(alice, text).getByRole("button", { name: "Me too, 1 person" }).waitFor(WAIT);
    const round = await currentRound();
    const stored = (await answersOf(round!.id)).find((answer) => answer.text === text);
    expect(stored?.reactions).toEqual({ "me-too": 1, insightful: 1 });
  });

  it("turns any answer into an experiment with an owner and a check-back date", async () => {
    const [alice, bob] = await Promise.all([join("alice"), join("bob")]);
    await startRound(alice);
    const text = `Try mob programming on Fridays ${Date.now()}`;
    await share(alice, text);

    await untilPolled(bob, item(bob, text));
    const tryButton = item(bob, text).getByRole("button", { name: "We'll try this" });
    await tryButton.click();
    const dialog = bob.app.getByRole("dialog", { name: "We'll try this" });
    await dialog.waitFor(WAIT);
    // Escape closes it and gives focus back to where it came from.
    await bob.page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached", ...WAIT });
    await expect(tryButton.evaluate((element) => element === document.activeElement)).resolves.toBe(true);

    await tryButton.click();
    await expect(dialog.getByRole("textbox", { name: "What will we try?" }).inputValue()).resolves.toBe(text);
    // Type part of the name and pick the person from the list, as a person would.
    const owner = dialog.getByRole("combobox", { name: "Owner" });
    await owner.fill("");
    await owner.pressSequentially("Carol");
    await bob.app.getByRole("option", { name: "Carol Example" }).click();
    await dialog.getByRole("radio", { name: "On a date" }).check();
    await dialog.getByLabel("Check-back date").fill("2031-05-06");
    await dialog.getByRole("button", { name: "Start experiment" }).click();
    await dialog.waitFor({ state: "detached", ...WAIT });
    await bob.app.getByRole("heading", { name: "Experiments we'll try" }).waitFor(WAIT);

    const { body } = await api<ExperimentsResponse>("alice", "GET", `${scopePath(TEAM)}/experiments`);
    const experiment = body.items.find((candidate) => candidate.text === text);
    expect(experiment).toMatchObject({
      status: "planned",
      checkBackAt: "2031-05-06",
      owner: { name: "Carol Example" },
    });
    const round = await currentRound();
    expect(experiment?.roundId).toBe(round?.id);
    expect(experiment?.sourceAnswerId).toBe(
      (await answersOf(round!.id)).find((answer) => answer.text === text)?.id,
    );
  });

  it("brings back a due experiment and records what happened (planned → running → done)", async () => {
    const text = `Write the test before the fix ${Date.now()}`;
    const created = await api<ExperimentView>("alice", "POST", `${scopePath(TEAM)}/experiments`, {
      id: randomUUID(),
      text,
      checkBackAt: "2020-01-06",
    });
    expect(created.status).toBe(201);

    const bob = await join("bob");
    const checkBacks = bob.app.getByRole("region", { name: "Check-backs due" });
    const entry = checkBacks.getByRole("listitem").filter({ hasText: text });
    await entry.waitFor(WAIT);
    const outcome = "Fewer regressions; the team keeps doing it.";
    await entry.getByRole("textbox", { name: "What happened? What did we learn?" }).fill(outcome);

    // A teammate updated it meanwhile: the first save meets a stale ETag (412), the panel reloads it.
    let staleOnce = true;
    await bob.page.route(/\/api\/scopes\/[^/]+\/experiments\/[^/]+$/, async (route) => {
      if (route.request().method() === "PATCH" && staleOnce) {
        staleOnce = false;
        await route.continue({ headers: { ...route.request().headers(), "if-match": '"stale"' } });
      } else await route.continue();
    });
    await entry.getByRole("button", { name: "Save outcome" }).click();
    await entry.getByText("Someone updated this experiment meanwhile.", { exact: false }).waitFor(WAIT);
    await expect(
      entry.getByRole("textbox", { name: "What happened? What did we learn?" }).inputValue(),
    ).resolves.toBe(outcome);

    await entry.getByRole("button", { name: "Save outcome" }).click();
    await entry.getByText("Outcome recorded. Thank you!").first().waitFor(WAIT);

    const stored = await api<ExperimentsResponse>(
      "alice",
      "GET",
      `${scopePath(TEAM)}/experiments?status=done`,
    );
    const done = stored.body.items.find((candidate) => candidate.text === text);
    expect(done).toMatchObject({ status: "done", outcome, due: false });
  });

  it("changes today's prompt from the library by kind, or to a written-in prompt kept for the team", async () => {
    const alice = await join("alice");
    const { body: prompts } = await api<PromptsResponse>("alice", "GET", `${scopePath(TEAM)}/prompts`);
    const reflexive = prompts.prompts.find(
      (prompt) => prompt.kind === "reflexive" && prompt.id !== prompts.today.id,
    )!;

    const change = alice.app.getByRole("button", { name: "Change prompt" });
    await change.click();
    const picker = alice.app.getByRole("dialog", { name: "Choose a prompt" });
    await picker
      .getByRole("region", { name: "Reflexive" })
      .getByRole("button", { name: reflexive.text })
      .click();
    await picker.waitFor({ state: "detached", ...WAIT });
    await expect(alice.app.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(reflexive.text);
    await expect
      .poll(() => change.evaluate((element) => element === document.activeElement), WAIT)
      .toBe(true);

    await change.click();
    const written = `What did the last incident teach us? ${Date.now()}`;
    await picker.getByRole("textbox", { name: "Your prompt" }).fill(written);
    await picker.getByRole("checkbox", { name: "Keep it in the team's prompts" }).check();
    await picker.getByRole("button", { name: "Use this prompt" }).click();
    await picker.waitFor({ state: "detached", ...WAIT });
    await expect(alice.app.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(written);
    await alice.app.getByText("Team prompt", { exact: false }).waitFor(WAIT);

    await startRound(alice);
    expect((await currentRound())?.promptText).toBe(written);
    const after = await api<PromptsResponse>("alice", "GET", `${scopePath(TEAM)}/prompts`);
    expect(after.body.prompts.some((prompt) => prompt.text === written && prompt.source === "custom")).toBe(
      true,
    );
  });

  it("defaults the reveal mode and the anonymous switch to the scope's settings", async () => {
    const before = await api<ScopeView>("alice", "GET", scopePath(TEAM));
    const changed = await api<ScopeView>(
      "alice",
      "PUT",
      scopePath(TEAM),
      { revealMode: "onReveal", anonymousDefault: true },
      { "if-match": before.etag ?? "0" },
    );
    expect(changed.status).toBe(200);
    try {
      const alice = await join("alice");
      const reveal = alice.app.getByRole("combobox", { name: "Show answers" });
      await expect.poll(() => reveal.inputValue(), WAIT).toBe("onReveal");
      await startRound(alice);
      await expect(alice.app.getByRole("switch", { name: "Answer anonymously" }).isChecked()).resolves.toBe(
        true,
      );
      expect((await currentRound())?.revealMode).toBe("onReveal");
    } finally {
      await api(
        "alice",
        "PUT",
        scopePath(TEAM),
        { revealMode: before.body.revealMode, anonymousDefault: before.body.anonymousDefault },
        { "if-match": changed.etag ?? "*" },
      );
    }
  });
});
