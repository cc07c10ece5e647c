import type { RoundView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TEAM, WAIT, api, panelReady, scopePath, useMeeting } from "./support/meeting";

/** "From our history" in the side panel: shown only after you shared your own answer. */

const meeting = useMeeting();

describe("side panel: from our history", () => {
  it("shows a related earlier answer, with a way back to its round, only after you shared yours", async () => {
    const marker = `kanban${randomUUID().slice(0, 6)}`;
    const earlier = await api<RoundView>("bob", "POST", `${scopePath(TEAM)}/rounds`, {
      promptId: "weekly-learning",
      meetingId: `earlier-${randomUUID()}`,
    });
    await api("bob", "POST", `${scopePath(TEAM)}/rounds/${earlier.body.id}/answers`, {
      id: randomUUID(),
      text: `Limiting work in progress on the ${marker} boards helped us finish releases`,
    });
    await api("bob", "POST", `${scopePath(TEAM)}/rounds/${earlier.body.id}/close`);

    const alice = await meeting.open("alice");
    await panelReady(alice);
    await alice.app.getByRole("button", { name: "Start learning moment" }).click();
    const box = alice.app.getByRole("textbox", { name: "Your answer" });
    await box.waitFor(WAIT);
    const history = alice.app.getByRole("region", { name: "From our history" });
    await box.fill(`Our ${marker} board is overloaded again; release work in progress`);
    await expect(history.count()).resolves.toBe(0);

    await alice.app.getByRole("button", { name: "Share answer" }).click();
    const found = history.getByRole("listitem").filter({ hasText: "Limiting work in progress" });
    await found.waitFor(WAIT);
    await expect(found.textContent()).resolves.toContain(marker);
  });
});
