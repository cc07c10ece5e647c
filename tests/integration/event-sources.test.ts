import type {
  EventSecretCreated,
  EventSecretStatus,
  InsightsResponse,
  Problem,
  RoundView,
  ScopeView,
  SourceEventResponse,
} from "@learning-loop/contract";
import { sign as githubSign } from "@octokit/webhooks-methods";
import examples from "@octokit/webhooks-examples";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { request, scopePath } from "../support/api-client";
import { TEAM, openSession } from "../support/api-session";
import type { ApiSession } from "../support/api-session";
import { startApi } from "../support/stack";

/** A JSON payload from GitHub's or Microsoft's examples; the tests change fields deep inside. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Payload = Record<string, any>;

let s: ApiSession;
let secret: string;

beforeAll(async () => {
  s = await openSession(await startApi(inject("cosmosEndpoint")));
  const created = await s.call<EventSecretCreated>("alice", "POST", `${scopePath(TEAM)}/event-secret`);
  secret = created.body.secret;
});
afterAll(async () => {
  await s?.api.close();
});

/** GitHub's own example payload for an event, picked by a predicate, as a fresh copy. */
function githubExample(name: string, pick: (payload: Record<string, unknown>) => boolean = () => true) {
  const event = examples.find((entry) => entry.name === name);
  const found = event?.examples.find((payload) => pick(payload as Record<string, unknown>));
  if (!found) throw new Error(`no GitHub example for ${name}`);
  return structuredClone(found) as Payload;
}

interface GithubDelivery {
  event: string;
  payload: unknown;
  body?: string;
  delivery?: string;
  signature?: string | null;
  scope?: string;
}

/** Sends a delivery as GitHub does: JSON body, event and delivery headers, signed with the secret. */
async function github<T>(options: GithubDelivery) {
  const body = options.body ?? JSON.stringify(options.payload);
  const signature =
    options.signature === undefined
      ? await githubSign(secret, JSON.stringify(options.payload))
      : options.signature;
  return request<T>(s.api.url, "POST", `${scopePath(options.scope ?? TEAM)}/events/github`, {
    rawBody: body,
    headers: {
      "content-type": "application/json",
      "user-agent": "GitHub-Hookshot/test",
      "x-github-event": options.event,
      "x-github-delivery": options.delivery ?? randomUUID(),
      ...(signature === null ? {} : { "x-hub-signature-256": signature }),
    },
  });
}

const adoFixture = (file: string) =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/azure-devops/${file}.json`, import.meta.url), "utf8"),
  ) as Payload;

/** Sends a service hook delivery as Azure DevOps does, the secret as the basic-auth password. */
function azureDevOps<T>(
  payload: unknown,
  auth: { password?: string | null; header?: string } = {},
  scope = TEAM,
) {
  const password = auth.password === undefined ? secret : auth.password;
  return request<T>(s.api.url, "POST", `${scopePath(scope)}/events/azure-devops`, {
    rawBody: JSON.stringify(payload),
    headers: {
      "content-type": "application/json; charset=utf-8",
      ...(password === null
        ? {}
        : { authorization: `Basic ${Buffer.from(`learning-loop:${password}`).toString("base64")}` }),
      ...(auth.header ? { "x-learningloop-secret": auth.header } : {}),
    },
  });
}

const review = async (roundId: string) =>
  (await s.call<RoundView>("alice", "GET", `${scopePath(TEAM)}/rounds/${roundId}`)).body;

const openReviews = async () =>
  (await s.call<{ items: RoundView[] }>("bob", "GET", `${scopePath(TEAM)}/reviews`)).body.items;

describe("POST /api/scopes/{scope}/events/github", () => {
  it("answers GitHub's ping with 2xx and starts nothing", async () => {
    const before = (await openReviews()).length;
    const ping = await github<SourceEventResponse>({ event: "ping", payload: githubExample("ping") });
    expect(ping.status).toBe(200);
    expect(ping.body).toEqual({ roundId: null, created: false, ignored: "ping" });
    expect(await openReviews()).toHaveLength(before);
  });

  it("starts a four-question review for a published release, naming and linking it", async () => {
    const payload = githubExample("release", (p) => p.action === "published");
    const response = await github<SourceEventResponse>({ event: "release", payload });
    expect(response.status).toBe(201);
    expect(response.body.created).toBe(true);
    const round = await review(response.body.roundId!);
    expect(round.review).toMatchObject({
      source: "github",
      kind: "release",
      url: payload.release.html_url,
    });
    expect(round.review?.title).toContain(payload.release.tag_name);
    expect(round.review?.title).toContain(payload.repository.full_name);
    expect(round.review?.questions.map((question) => question.id)).toEqual([
      "aar-intended",
      "aar-actual",
      "aar-difference",
      "aar-next-time",
    ]);
    expect((await openReviews()).map((item) => item.id)).toContain(round.id);
  });

  it("starts nothing new when GitHub redelivers the same delivery", async () => {
    const payload = githubExample("release", (p) => p.action === "published");
    const delivery = randomUUID();
    const first = await github<SourceEventResponse>({ event: "release", payload, delivery });
    expect(first.status).toBe(201);
    const count = (await openReviews()).length;
    const again = await github<SourceEventResponse>({ event: "release", payload, delivery });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ roundId: first.body.roundId, created: false, ignored: null });
    expect(await openReviews()).toHaveLength(count);
  });

  it("starts a review for a deployment that failed or errored, not for one that succeeded", async () => {
    const success = githubExample(
      "deployment_status",
      (p) => (p as Payload).deployment_status.state === "success",
    );
    const ignored = await github<SourceEventResponse>({ event: "deployment_status", payload: success });
    expect(ignored.status).toBe(200);
    expect(ignored.body.roundId).toBeNull();
    expect(ignored.body.ignored).toMatch(/success/);
    for (const state of ["failure", "error"]) {
      // GitHub's example with only the state changed to the one under test.
      const payload = githubExample(
        "deployment_status",
        (p) => (p as Payload).deployment_status.state === "in_progress",
      );
      payload.deployment_status.state = state;
      const started = await github<SourceEventResponse>({ event: "deployment_status", payload });
      expect(started.status, state).toBe(201);
      const round = await review(started.body.roundId!);
      expect(round.review).toMatchObject({ source: "github", kind: "deployment" });
      expect(round.review?.title).toContain(payload.deployment.environment);
      expect(round.review?.url).toBe(payload.deployment_status.target_url);
    }
  });

  it("starts a review for an issue closed with the scope's label, which the owner chooses", async () => {
    // GitHub's "labeled" example (label "bug") with the action a close sends.
    const payload = githubExample("issues", (p) => p.action === "labeled");
    payload.action = "closed";
    payload.issue.state = "closed";
    const withoutLabel = await github<SourceEventResponse>({ event: "issues", payload });
    expect(withoutLabel.status).toBe(200);
    expect(withoutLabel.body.ignored).toMatch(/incident/);

    const scope = await s.call<ScopeView>("alice", "GET", scopePath(TEAM));
    const saved = await s.call<ScopeView>(
      "alice",
      "PUT",
      scopePath(TEAM),
      { reviewSources: { githubIssueLabel: "Bug" } },
      { "if-match": scope.body.etag },
    );
    expect(saved.status).toBe(200);
    expect(saved.body.reviewSources.githubIssueLabel).toBe("Bug");
    const started = await github<SourceEventResponse>({ event: "issues", payload });
    expect(started.status).toBe(201);
    const round = await review(started.body.roundId!);
    expect(round.review).toMatchObject({ kind: "incident", url: payload.issue.html_url });
    expect(round.review?.title).toContain(payload.issue.title);

    const opened = githubExample("issues", (p) => p.action === "opened");
    const notClosed = await github<SourceEventResponse>({ event: "issues", payload: opened });
    expect(notClosed.body.roundId).toBeNull();
  });

  it("answers other events with 2xx and starts nothing", async () => {
    const before = (await openReviews()).length;
    for (const [event, pick] of [
      ["push", () => true],
      ["release", (p: Record<string, unknown>) => p.action === "created"],
    ] as const) {
      const response = await github<SourceEventResponse>({ event, payload: githubExample(event, pick) });
      expect(response.status, event).toBe(200);
      expect(response.body.roundId).toBeNull();
    }
    expect(await openReviews()).toHaveLength(before);
  });

  it("refuses forged, unsigned and tampered deliveries with 401 problem+json and starts nothing", async () => {
    const before = (await openReviews()).length;
    const payload = githubExample("release", (p) => p.action === "published");
    const forged = await github<Problem>({
      event: "release",
      payload,
      signature: await githubSign("not-the-secret", JSON.stringify(payload)),
    });
    expect(forged.status).toBe(401);
    expect(forged.headers.get("content-type")).toContain("application/problem+json");
    expect((await github({ event: "release", payload, signature: null })).status).toBe(401);
    expect((await github({ event: "release", payload, signature: "sha256=zz" })).status).toBe(401);
    const tampered = structuredClone(payload);
    tampered.release.html_url = "https://evil.example/";
    const signedForOriginal = await githubSign(secret, JSON.stringify(payload));
    const sent = await github<Problem>({ event: "release", payload: tampered, signature: signedForOriginal });
    expect(sent.status).toBe(401);
    // A scope without a secret answers the same.
    expect((await github({ event: "release", payload, scope: "team:no-secret-here" })).status).toBe(401);
    expect(await openReviews()).toHaveLength(before);
  });
});

describe("POST /api/scopes/{scope}/events/azure-devops", () => {
  it("starts a review for a failed build, not for the sample's succeeded one", async () => {
    const succeeded = adoFixture("build-complete");
    const ignored = await azureDevOps<SourceEventResponse>(succeeded);
    expect(ignored.status).toBe(200);
    expect(ignored.body.ignored).toMatch(/succeeded/);
    // Microsoft's sample with only the outcome changed.
    const failed = {
      ...succeeded,
      id: randomUUID(),
      resource: { ...succeeded.resource, status: "failed", result: "failed" },
    };
    const started = await azureDevOps<SourceEventResponse>(failed);
    expect(started.status).toBe(201);
    const round = await review(started.body.roundId!);
    expect(round.review).toMatchObject({ source: "azureDevOps", kind: "build" });
    expect(round.review?.title).toContain(succeeded.resource.buildNumber);
    expect(round.review?.url).toMatch(/^https:\/\/fabrikam-fiber-inc\.visualstudio\.com\/web\/build\.aspx/);
  });

  it("starts a review for a completed release deployment and a completed pipeline run, once each", async () => {
    for (const file of ["release-deployment-completed", "pipeline-run-state-changed"]) {
      const payload = adoFixture(file);
      const started = await azureDevOps<SourceEventResponse>(payload);
      expect(started.status, file).toBe(201);
      const round = await review(started.body.roundId!);
      expect(round.review).toMatchObject({ source: "azureDevOps", kind: "deployment" });
      expect(round.review?.url).toMatch(/^https?:\/\//);
      // Azure DevOps retries with the same notification id: nothing new starts.
      const again = await azureDevOps<SourceEventResponse>(payload);
      expect(again.status, file).toBe(200);
      expect(again.body).toEqual({ roundId: started.body.roundId, created: false, ignored: null });
    }
  });

  it("starts a review for a work item closed with the scope's tag", async () => {
    const sample = adoFixture("workitem-updated");
    expect((await azureDevOps<SourceEventResponse>(sample)).body.ignored).toMatch(/Approved/);
    // The sample moved to Closed and tagged as the scope asks.
    const closed = structuredClone(sample);
    closed.id = randomUUID();
    closed.resource.fields["System.State"].newValue = "Closed";
    closed.resource.revision.fields["System.Tags"] = "customer; Incident";
    const started = await azureDevOps<SourceEventResponse>(closed);
    expect(started.status).toBe(201);
    const round = await review(started.body.roundId!);
    expect(round.review).toMatchObject({ kind: "incident" });
    expect(round.review?.title).toContain("Some great new idea!");
    const untagged = structuredClone(closed);
    untagged.id = randomUUID();
    untagged.resource.revision.fields["System.Tags"] = "customer";
    expect((await azureDevOps<SourceEventResponse>(untagged)).body.ignored).toMatch(/incident/);
  });

  it("answers other events with 200 and starts nothing", async () => {
    const push = await azureDevOps<SourceEventResponse>(adoFixture("git-push"));
    expect(push.status).toBe(200);
    expect(push.body.roundId).toBeNull();
  });

  it("takes the secret in X-LearningLoop-Secret too, and refuses a wrong or missing one with 401", async () => {
    const before = (await openReviews()).length;
    const payload = { ...adoFixture("pipeline-run-state-changed"), id: randomUUID() };
    const wrong = await azureDevOps<Problem>(payload, { password: "llwh_wrong" });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("content-type")).toContain("application/problem+json");
    expect((await azureDevOps(payload, { password: null })).status).toBe(401);
    expect((await azureDevOps(payload, { password: null, header: "llwh_wrong" })).status).toBe(401);
    expect(await openReviews()).toHaveLength(before);
    const viaHeader = await azureDevOps<SourceEventResponse>(payload, { password: null, header: secret });
    expect(viaHeader.status).toBe(201);
  });
});

describe("review insights", () => {
  it("count the month's reviews and the median time from event to start and to close", async () => {
    const open = await openReviews();
    expect(open.length).toBeGreaterThan(0);
    const closed = await s.call<RoundView>("alice", "POST", `${scopePath(TEAM)}/rounds/${open[0]!.id}/close`);
    expect(closed.status).toBe(200);
    const insights = await s.call<InsightsResponse>("bob", "GET", `${scopePath(TEAM)}/insights?weeks=4`);
    expect(insights.status).toBe(200);
    const { reviews } = insights.body;
    expect(reviews.perMonth.reduce((sum, entry) => sum + entry.count, 0)).toBeGreaterThanOrEqual(open.length);
    // GitHub's and Microsoft's samples date their events years ago: the medians say so.
    expect(reviews.medianMinutesToStart).toBeGreaterThan(365 * 24 * 60);
    expect(reviews.medianMinutesToClose).toBeGreaterThan(365 * 24 * 60);
  });
});

describe("the sources' status on the configuration page", () => {
  it("shows each source's last delivery and last refusal with its reason, never the payload", async () => {
    const status = await s.call<EventSecretStatus>("bob", "GET", `${scopePath(TEAM)}/event-secret`);
    expect(status.status).toBe(200);
    expect(status.body.sources.map((source) => source.source)).toEqual(["generic", "github", "azureDevOps"]);
    const [generic, gh, ado] = status.body.sources;
    expect(generic!.lastDeliveryAt).toBeNull();
    expect(gh!.lastDeliveryAt).not.toBeNull();
    expect(gh!.lastRefusalAt).not.toBeNull();
    expect(gh!.lastRefusalReason).toMatch(/signature|secret/);
    expect(ado!.lastOutcome).toBe("started");
    expect(ado!.lastRefusalReason).toMatch(/secret/);
    expect(status.text).not.toContain("Codertocat");
    expect(status.text).not.toContain("fabrikam");
  });
});
