import type { RoundView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { meetingIdFor } from "../../tabs/dev/host-context";
import { baseUrl } from "./support/base-url";
import {
  TEAM,
  WAIT,
  api,
  everythingVisibleTo,
  useMeeting,
  panelReady,
  scopePath,
  seriousViolations,
} from "./support/meeting";
import type { Participant } from "./support/meeting";

/** The meeting stage: shared from the side panel, large, live, read-only, honest about reveal and anonymity. */

const meeting = useMeeting();

const join = meeting.open;

const hostCalls = (participant: Participant) =>
  participant.page.evaluate(
    () => (window as unknown as { hostCalls: { func: string; args: unknown[] }[] }).hostCalls,
  );

/**
 * Posts a marker from the app to the host page and waits until the host has recorded it: the host
 * receives an app's messages in the order they were posted, so anything the app sent before (say,
 * on a click) is in `hostCalls` by then.
 */
async function hostHasHeardEverythingBefore(participant: Participant) {
  const marker = `test.marker-${randomUUID()}`;
  await participant
    .frame()
    .evaluate((func) => window.parent.postMessage({ id: -1, func, args: [] }, location.origin), marker);
  await expect
    .poll(async () => (await hostCalls(participant)).map((call) => call.func), WAIT)
    .toContain(marker);
}

async function startRound(revealMode: "live" | "onReveal" = "live"): Promise<RoundView> {
  const started = await api<RoundView>("alice", "POST", `${scopePath(TEAM)}/rounds`, {
    promptText: `What surprised us in the last release? ${Date.now()}`,
    meetingId: meetingIdFor(TEAM),
    revealMode,
  });
  expect(started.status).toBe(201);
  return started.body;
}

const answer = (user: string, roundId: string, text: string, extra: object = {}) =>
  api(user, "POST", `${scopePath(TEAM)}/rounds/${roundId}/answers`, { id: randomUUID(), text, ...extra });

describe("meeting stage", () => {
  it("is shared from the side panel through the host, then updates live as people answer", async () => {
    const round = await startRound();
    // Bob's side panel opens alongside; he answers once alice has the stage up.
    const [alice, bob] = await Promise.all([join("alice"), join("bob")]);
    await panelReady(alice);
    const share = alice.app.getByRole("button", { name: "Share to stage" });
    await expect.poll(() => share.getAttribute("aria-disabled"), WAIT).not.toBe("true");
    await share.click();
    await alice.app.getByText("Shared to the meeting stage.").first().waitFor(WAIT);

    const call = (await hostCalls(alice)).find(
      (candidate) => candidate.func === "meeting.shareAppContentToStage",
    );
    // The tab's own address, as the manifest's contentUrl would give it in Teams.
    expect(String(call?.args[0])).toBe(`${baseUrl()}/index.html?view=stage`);
    await expect(alice.page.getByRole("log", { name: "Host messages" }).textContent()).resolves.toContain(
      "meeting.shareAppContentToStage",
    );

    // The host opens what was shared in the meeting stage frame context.
    await alice.page.getByRole("link", { name: "Open stage view" }).click();
    await alice.app.getByRole("main", { name: "Learning moment on the meeting stage" }).waitFor(WAIT);
    await expect(alice.app.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(round.promptText);
    await alice.app.getByText("No answers yet.").waitFor(WAIT);
    // Read-only: nothing to type or press.
    await expect(alice.app.getByRole("textbox").count()).resolves.toBe(0);
    await expect(alice.app.getByRole("button").count()).resolves.toBe(0);

    await panelReady(bob);
    const text = `The rollback script actually worked ${Date.now()}`;
    await bob.app.getByRole("textbox", { name: "Your answer" }).fill(text);
    await bob.app.getByRole("button", { name: "Share answer" }).click();
    const stageAnswers = alice.app.getByRole("list", { name: "Answers" });
    await stageAnswers.getByRole("listitem").filter({ hasText: text }).waitFor(WAIT);
    await expect(
      stageAnswers.getByRole("listitem").filter({ hasText: text }).textContent(),
    ).resolves.toContain("Bob Example");
    await alice.app.getByText("1 answer").waitFor(WAIT);
  });

  it("keeps answers hidden until the facilitator reveals them, and never names anonymous authors", async () => {
    const round = await startRound("onReveal");
    const carol = await join("carol", { view: "meetingStage" });
    await carol.app.getByRole("heading", { level: 1, name: round.promptText }).waitFor(WAIT);

    const secret = `I merged without review once ${Date.now()}`;
    const named = `Carol's own named answer ${Date.now()}`;
    await answer("bob", round.id, secret, { anonymous: true });
    await answer("carol", round.id, named);
    await carol.app.getByText("2 answers").waitFor(WAIT);
    await carol.app.getByText("Answers appear here when the facilitator reveals them.").waitFor(WAIT);
    // The stage is a shared screen: even carol's own answer waits for the reveal.
    await expect(carol.app.getByText(named).count()).resolves.toBe(0);
    await expect(carol.app.getByText(secret).count()).resolves.toBe(0);

    await api("alice", "POST", `${scopePath(TEAM)}/rounds/${round.id}/reveal`);
    const list = carol.app.getByRole("list", { name: "Answers" });
    await list.getByRole("listitem").filter({ hasText: secret }).waitFor(WAIT);
    await expect(list.getByRole("listitem").filter({ hasText: secret }).textContent()).resolves.toContain(
      "Anonymous",
    );
    // Names show as they are, never as "You": the room reads them.
    await expect(list.getByRole("listitem").filter({ hasText: named }).textContent()).resolves.toContain(
      "Carol Example",
    );
    const everything = await everythingVisibleTo(carol);
    expect(everything).not.toMatch(/Bob Example|b0b00000-0000-4000-8000-000000000002/);
  });

  it("offers sharing only where the host allows it, and says why not", async () => {
    await startRound();
    const bob = await join("bob", { stageSharing: false });
    await panelReady(bob);
    const share = bob.app.getByRole("button", { name: "Share to stage" });
    await expect.poll(() => share.getAttribute("aria-disabled"), WAIT).toBe("true");
    // The button is also disabled while the host is still being asked; the reason comes with the answer.
    const reason = () =>
      share.evaluate((element) =>
        (element.getAttribute("aria-describedby") ?? "")
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" "),
      );
    await expect
      .poll(reason, WAIT)
      .toBe("Sharing to the stage needs the app's stage permission in this meeting.");
    await share.click({ force: true });
    await hostHasHeardEverythingBefore(bob);
    expect((await hostCalls(bob)).map((call) => call.func)).not.toContain("meeting.shareAppContentToStage");
  });

  for (const theme of ["default", "dark", "contrast"] as const) {
    it(`has no serious or critical axe violation in the ${theme} theme`, async () => {
      const round = await startRound();
      await answer("bob", round.id, "Small batches made review calmer.", { mode: "experimental" });
      await answer("carol", round.id, "Nobody asked why the deploy took an hour.", { anonymous: true });
      const alice = await join("alice", { view: "meetingStage", theme });
      await alice.app.getByRole("list", { name: "Answers" }).getByRole("listitem").nth(1).waitFor(WAIT);
      const violations = await seriousViolations(alice.frame());
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.join(", ")}`)).toEqual([]);
    });
  }
});
