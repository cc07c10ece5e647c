import { AFTER_ACTION_TITLE_MAX } from "@learning-loop/contract";
import { sign } from "@octokit/webhooks-methods";
import examples from "@octokit/webhooks-examples";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { azureDevOpsReview } from "../../api/src/events/azure-devops-events";
import { githubReview } from "../../api/src/events/github-events";
import { reviewTitle } from "../../api/src/events/payload-fields";
import { medianMinutes, reviewInsights } from "../../api/src/insights/review-insights";
import { basicPassword, refuseGithub, refuseSharedSecret } from "../../api/src/events/source-secrets";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Payload = Record<string, any>;

const settings = { githubIssueLabel: "incident", azureDevOpsTag: "incident" };
const DELIVERY = "72d3162e-cc78-11e3-81ab-4c9367dc0958";

const github = (name: string, pick: (payload: Payload) => boolean = () => true): Payload =>
  structuredClone(
    examples.find((entry) => entry.name === name)!.examples.find((payload) => pick(payload as Payload)),
  ) as Payload;

const ado = (file: string): Payload =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/azure-devops/${file}.json`, import.meta.url), "utf8"),
  ) as Payload;

describe("GitHub events to reviews", () => {
  it("maps a published release to a release review named and linked after it", () => {
    const payload = github("release", (p) => p.action === "published");
    const mapped = githubReview("release", DELIVERY, payload, settings);
    expect(mapped).toEqual({
      review: {
        source: "github",
        dedupeKey: DELIVERY,
        kind: "release",
        title: `${payload.repository.full_name}: release ${payload.release.tag_name} published`,
        url: payload.release.html_url,
        occurredAt: payload.release.published_at,
      },
    });
  });

  it("ignores every other release action, successful deployments, ping and other events", () => {
    for (const action of ["created", "edited", "deleted", "prereleased", "released"]) {
      const mapped = githubReview(
        "release",
        DELIVERY,
        github("release", (p) => p.action === action),
        settings,
      );
      expect(mapped, action).toHaveProperty("ignored");
    }
    expect(githubReview("deployment_status", DELIVERY, github("deployment_status"), settings)).toHaveProperty(
      "ignored",
    );
    expect(githubReview("ping", DELIVERY, github("ping"), settings)).toEqual({ ignored: "ping" });
    expect(githubReview("push", DELIVERY, github("push"), settings)).toHaveProperty("ignored");
  });

  it("maps failed and errored deployments, linking the status's target", () => {
    const payload = github("deployment_status", (p) => p.deployment_status.state === "in_progress");
    payload.deployment_status.state = "error";
    const mapped = githubReview("deployment_status", DELIVERY, payload, settings);
    expect(mapped).toMatchObject({
      review: {
        kind: "deployment",
        title: `${payload.repository.full_name}: deployment to github-pages errored`,
        url: payload.deployment_status.target_url,
      },
    });
    const withoutTarget = github("deployment_status", (p) => p.deployment_status.state === "success");
    withoutTarget.deployment_status.state = "failure";
    expect(githubReview("deployment_status", DELIVERY, withoutTarget, settings)).toMatchObject({
      review: { url: `${withoutTarget.repository.html_url}/deployments` },
    });
  });

  it("maps a closed issue only with the scope's label, compared without case", () => {
    const payload = github("issues", (p) => p.action === "labeled");
    payload.action = "closed";
    expect(githubReview("issues", DELIVERY, payload, settings)).toHaveProperty("ignored");
    const mapped = githubReview("issues", DELIVERY, payload, { ...settings, githubIssueLabel: "BUG" });
    expect(mapped).toMatchObject({
      review: {
        kind: "incident",
        title: `${payload.repository.full_name}#${payload.issue.number}: ${payload.issue.title}`,
        url: payload.issue.html_url,
      },
    });
  });

  it("never takes a link that is not http(s), and cuts long titles", () => {
    const payload = github("release", (p) => p.action === "published");
    payload.release.html_url = "javascript:alert(1)";
    payload.repository.html_url = "data:text/html,x";
    payload.release.tag_name = "v".repeat(500);
    const mapped = githubReview("release", DELIVERY, payload, settings) as {
      review: { url: string | null; title: string };
    };
    expect(mapped.review.url).toBeNull();
    expect([...mapped.review.title]).toHaveLength(AFTER_ACTION_TITLE_MAX);
    expect(mapped.review.title.endsWith("…")).toBe(true);
    expect(reviewTitle(["a\u0000b", "\n c"])).toBe("a b c");
  });
});

describe("Azure DevOps events to reviews", () => {
  it("maps a failed build and ignores the sample's succeeded one", () => {
    const sample = ado("build-complete");
    expect(azureDevOpsReview(sample, settings)).toEqual({ ignored: "build succeeded" });
    const failed = { ...sample, resource: { ...sample.resource, result: "failed" } };
    expect(azureDevOpsReview(failed, settings)).toEqual({
      review: {
        source: "azureDevOps",
        dedupeKey: sample.id,
        kind: "build",
        title: "ConsumerAddressModule: build ConsumerAddressModule_20150407.1 failed",
        occurredAt: sample.createdDate,
        url: "https://fabrikam-fiber-inc.visualstudio.com/web/build.aspx?pcguid=5023c10b-bef3-41c3-bf53-686c4e34ee9e&builduri=vstfs%3a%2f%2f%2fBuild%2fBuild%2f3",
      },
    });
  });

  it("maps a completed release deployment and a completed pipeline run", () => {
    expect(azureDevOpsReview(ado("release-deployment-completed"), settings)).toMatchObject({
      review: { kind: "deployment", title: "Release-1: deployment to Dev completed (succeeded)" },
    });
    const run = ado("pipeline-run-state-changed");
    expect(azureDevOpsReview(run, settings)).toMatchObject({
      review: {
        kind: "deployment",
        title: "TEST-CI: run 11 completed (succeeded)",
        url: run.resource.run._links.web.href,
      },
    });
    run.resource.run.state = "inProgress";
    expect(azureDevOpsReview(run, settings)).toHaveProperty("ignored");
  });

  it("maps a work item moved to Closed or Done with the tag, and nothing else", () => {
    const sample = ado("workitem-updated");
    expect(azureDevOpsReview(sample, settings)).toEqual({ ignored: "work item moved to Approved" });
    for (const state of ["Closed", "Done"]) {
      const closed = structuredClone(sample);
      closed.resource.fields["System.State"].newValue = state;
      expect(azureDevOpsReview(closed, settings)).toHaveProperty("ignored");
      closed.resource.fields["System.Tags"] = { newValue: "Incident; sev2" };
      expect(azureDevOpsReview(closed, settings), state).toMatchObject({
        review: { kind: "incident", title: "Bug 5: Some great new idea!" },
      });
    }
    expect(azureDevOpsReview(ado("git-push"), settings)).toHaveProperty("ignored");
    expect(azureDevOpsReview({ hello: "world" }, settings)).toHaveProperty("ignored");
  });
});

describe("source secrets", () => {
  it("verifies GitHub's signature over the raw body and names what is wrong", async () => {
    const body = JSON.stringify({ zen: "Keep it logically awesome." });
    const raw = new TextEncoder().encode(body);
    expect(await refuseGithub("s3cret", await sign("s3cret", body), raw)).toBeNull();
    expect(await refuseGithub("s3cret", await sign("other", body), raw)).toMatch(/does not match/);
    expect(await refuseGithub("s3cret", null, raw)).toMatch(/no X-Hub-Signature-256/);
    expect(await refuseGithub("s3cret", "sha1=abc", raw)).toMatch(/malformed/);
    expect(await refuseGithub("s3cret", await sign("s3cret", body), new Uint8Array([0xff, 0xfe]))).toMatch(
      /UTF-8/,
    );
  });

  it("takes Azure DevOps' secret as the basic-auth password or in the header", () => {
    const basic = (user: string, password: string) =>
      `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
    expect(basicPassword(basic("any", "pa:ss"))).toBe("pa:ss");
    expect(basicPassword("Bearer x")).toBeUndefined();
    expect(refuseSharedSecret("s3cret", basic("", "s3cret"), null)).toBeNull();
    expect(refuseSharedSecret("s3cret", null, "s3cret")).toBeNull();
    expect(refuseSharedSecret("s3cret", basic("x", "wrong"), null)).toMatch(/does not match/);
    expect(refuseSharedSecret("s3cret", null, null)).toMatch(/no secret/);
  });
});

describe("review insights", () => {
  const round = (occurredAt: string, startedAt: string, closedAt: string | null) => ({
    startedAt,
    closedAt,
    review: { receivedAt: startedAt, occurredAt },
  });

  it("counts reviews per month in the scope's time zone and takes medians from the event", () => {
    const insights = reviewInsights(
      [
        round("2026-10-31T22:50:00.000Z", "2026-10-31T23:30:00.000Z", "2026-11-02T23:30:00.000Z"),
        round("2026-11-10T09:00:00.000Z", "2026-11-10T09:01:00.000Z", null),
        round("2026-11-20T09:00:00.000Z", "2026-11-20T09:03:00.000Z", "2026-11-20T10:00:00.000Z"),
      ],
      "Europe/Berlin",
      "2026-09-28",
      "2026-12-06",
    );
    // 23:30 UTC on 31 October is already November in Berlin.
    expect(insights.perMonth).toEqual([
      { month: "2026-09", count: 0 },
      { month: "2026-10", count: 0 },
      { month: "2026-11", count: 3 },
      { month: "2026-12", count: 0 },
    ]);
    expect(insights.medianMinutesToStart).toBe(3);
    expect(insights.medianMinutesToClose).toBe(Math.round((2 * 24 * 60 + 40 + 60) / 2));
    expect(medianMinutes([])).toBeNull();
  });
});
