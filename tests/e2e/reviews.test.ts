import type { EventSecretCreated, RoundView, SourceEventResponse } from "@learning-loop/contract";
import { sign } from "@octokit/webhooks-methods";
import examples from "@octokit/webhooks-examples";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { baseUrl } from "./support/base-url";
import { TEAM, WAIT, api, panelReady, scopePath, seriousViolations, useMeeting } from "./support/meeting";

/**
 * After-action reviews in the browser: GitHub publishes a release, the review waits in the team's
 * side panel beside the day's prompt, people answer its four questions there, and an owner closes
 * it there or from the history tab.
 */

const meeting = useMeeting();
let secret: string | undefined;

/** Delivers GitHub's own "release published" example (with a tag of the test's) as GitHub would. */
async function publishRelease(tag: string): Promise<string> {
  if (!secret) {
    const created = await api<EventSecretCreated>("alice", "POST", `${scopePath(TEAM)}/event-secret`);
    secret = created.body.secret;
  }
  const payload = structuredClone(
    examples
      .find((entry) => entry.name === "release")!
      .examples.find((example) => (example as { action?: string }).action === "published")!,
  ) as { release: { tag_name: string; html_url: string } };
  payload.release.tag_name = tag;
  const body = JSON.stringify(payload);
  const response = await fetch(`${baseUrl()}/api/${scopePath(TEAM)}/events/github`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": "release",
      "x-github-delivery": randomUUID(),
      "x-hub-signature-256": await sign(secret, body),
    },
    body,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as SourceEventResponse).roundId!;
}

const roundOf = async (id: string) =>
  (await api<RoundView>("alice", "GET", `${scopePath(TEAM)}/rounds/${id}`)).body;

describe("after-action reviews", () => {
  it("shows a pending review beside the day's prompt; answered there, anonymously, and closed by an owner", async () => {
    const tag = `v-e2e-${Date.now()}`;
    const roundId = await publishRelease(tag);
    const bob = await meeting.open("bob");
    await panelReady(bob);
    const review = bob.app.getByRole("region", { name: new RegExp(`release ${tag} published`) });
    await review.waitFor(WAIT);
    // Alongside, not instead of, the day's prompt.
    await bob.app.getByRole("button", { name: "Start learning moment" }).waitFor(WAIT);
    await expect(review.getByRole("link", { name: "Open in GitHub" }).getAttribute("href")).resolves.toBe(
      "https://github.com/Codertocat/Hello-World/releases/tag/0.0.1",
    );

    expect(await seriousViolations(bob.frame())).toEqual([]);
    await review.getByRole("textbox", { name: "What was supposed to happen?" }).fill("Ship on Friday");
    await review.getByRole("textbox", { name: "What will we do next time?" }).fill("Freeze scope earlier");
    await review.getByRole("switch", { name: "Answer anonymously" }).check();
    await review.getByRole("button", { name: "Share answers" }).click();
    await review.getByText("Freeze scope earlier").waitFor(WAIT);
    await expect(review.getByRole("button", { name: /Close review:/ }).count()).resolves.toBe(0);

    const stored = await roundOf(roundId);
    expect(stored.answers.map((answer) => [answer.question, answer.anonymous, answer.author]).sort()).toEqual(
      [
        [0, true, null],
        [3, true, null],
      ],
    );

    const alice = await meeting.open("alice");
    await panelReady(alice);
    const forAlice = alice.app.getByRole("region", { name: new RegExp(`release ${tag} published`) });
    await forAlice.getByText("Ship on Friday").waitFor(WAIT);
    // Anonymous for the owner too.
    expect(await forAlice.textContent()).not.toContain("Bob");
    await forAlice.getByRole("button", { name: new RegExp(`Close review: .*${tag}`) }).click();
    await forAlice.waitFor({ state: "detached", ...WAIT });
    expect((await roundOf(roundId)).status).toBe("closed");
  });

  it("closes a review from the history tab", async () => {
    const tag = `v-e2e-history-${Date.now()}`;
    const roundId = await publishRelease(tag);
    const alice = await meeting.open("alice", { view: "content" });
    const heading = alice.app.getByRole("heading", { name: new RegExp(`release ${tag} published`) });
    await heading.waitFor(WAIT);
    const card = alice.app.getByRole("article", { name: new RegExp(`release ${tag} published`) });
    await card.getByRole("button", { name: new RegExp(`Close review: .*${tag}`) }).click();
    await card.getByRole("button", { name: /Close review:/ }).waitFor({ state: "detached", ...WAIT });
    expect((await roundOf(roundId)).status).toBe("closed");
  });

  it("shows on the configuration page each source's address, how to set the secret, its events and its last delivery", async () => {
    const roundId = await publishRelease(`v-e2e-config-${Date.now()}`);
    const alice = await meeting.open("alice", { view: "settings" });
    const sources = alice.app.getByRole("region", { name: "Where after-action reviews come from" });
    await sources.waitFor(WAIT);
    const github = sources.getByRole("region", { name: "GitHub" });
    await expect(github.getByRole("textbox", { name: "GitHub address" }).inputValue()).resolves.toMatch(
      /\/api\/scopes\/team%3Adev-team\/events\/github$/,
    );
    await github.getByText("Secret: the team's webhook secret", { exact: false }).waitFor(WAIT);
    await github.getByText("A release is published").waitFor(WAIT);
    await github.getByText("An issue with the label “incident” is closed").waitFor(WAIT);
    await github.getByText(/Last delivery .*: started a review\./).waitFor(WAIT);
    const azure = sources.getByRole("region", { name: "Azure DevOps" });
    await expect(azure.getByRole("textbox", { name: "Azure DevOps address" }).inputValue()).resolves.toMatch(
      /\/events\/azure-devops$/,
    );
    await azure.getByText("Nothing received yet.").waitFor(WAIT);
    await expect(
      alice.app.getByRole("textbox", { name: "GitHub issue label that starts a review" }).inputValue(),
    ).resolves.toBe("incident");
    expect(await seriousViolations(alice.frame())).toEqual([]);
    // No review is left waiting in the shared stand-up for the other browser tests.
    expect((await api("alice", "POST", `${scopePath(TEAM)}/rounds/${roundId}/close`)).status).toBe(200);
  });
});
