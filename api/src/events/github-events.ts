import type { ReviewSourcesSettings } from "@learning-loop/contract";
import type { ReviewEvent } from "./after-action";
import { field, firstUrl, reviewTitle, sameLabel, text } from "./payload-fields";

/** What a GitHub delivery means for the scope: a review to start, or why it starts none. */
export type SourceMapping = { review: ReviewEvent } | { ignored: string };

const FAILED_DEPLOYMENT = new Set(["failure", "error"]);

/**
 * GitHub webhook events that start an after-action review (docs/reviews.md):
 *
 * - `release` with action `published`;
 * - `deployment_status` whose state is `failure` or `error`;
 * - `issues` with action `closed` carrying the scope's label (default `incident`).
 *
 * Everything else, `ping` included, starts nothing. `delivery` is the `X-GitHub-Delivery` id, which
 * a redelivery repeats: it makes the review's id, so a redelivery finds the review it started.
 */
export function githubReview(
  event: string,
  delivery: string,
  payload: unknown,
  settings: ReviewSourcesSettings,
): SourceMapping {
  const action = text(payload, "action");
  const repo = text(payload, "repository", "full_name");
  const base = { source: "github" as const, dedupeKey: delivery };
  if (event === "ping") return { ignored: "ping" };
  if (event === "release") {
    if (action !== "published") return { ignored: `release ${action ?? "without an action"}` };
    const name = text(payload, "release", "name") ?? text(payload, "release", "tag_name");
    return {
      review: {
        ...base,
        kind: "release",
        occurredAt: text(payload, "release", "published_at") ?? null,
        title: reviewTitle([repo && `${repo}:`, "release", name, "published"]),
        url: firstUrl(text(payload, "release", "html_url"), text(payload, "repository", "html_url")),
      },
    };
  }
  if (event === "deployment_status") {
    const state = text(payload, "deployment_status", "state");
    if (!state || !FAILED_DEPLOYMENT.has(state))
      return { ignored: `deployment ${state ?? "without a state"}` };
    const environment =
      text(payload, "deployment_status", "environment") ?? text(payload, "deployment", "environment");
    const repoUrl = text(payload, "repository", "html_url");
    return {
      review: {
        ...base,
        kind: "deployment",
        occurredAt:
          text(payload, "deployment_status", "updated_at") ??
          text(payload, "deployment_status", "created_at") ??
          null,
        title: reviewTitle([
          repo && `${repo}:`,
          "deployment",
          environment && `to ${environment}`,
          state === "error" ? "errored" : "failed",
        ]),
        url: firstUrl(
          text(payload, "deployment_status", "target_url"),
          text(payload, "deployment_status", "log_url"),
          text(payload, "deployment_status", "environment_url"),
          repoUrl && `${repoUrl}/deployments`,
        ),
      },
    };
  }
  if (event === "issues") {
    if (action !== "closed") return { ignored: `issue ${action ?? "without an action"}` };
    const labels = field(payload, "issue", "labels");
    const names = Array.isArray(labels) ? labels.map((label) => text(label, "name") ?? "") : [];
    if (!names.some((name) => sameLabel(name, settings.githubIssueLabel))) {
      return { ignored: `issue closed without the label "${settings.githubIssueLabel}"` };
    }
    const number = text(payload, "issue", "number");
    return {
      review: {
        ...base,
        kind: "incident",
        occurredAt: text(payload, "issue", "closed_at") ?? null,
        title: reviewTitle([
          repo && number ? `${repo}#${number}:` : undefined,
          text(payload, "issue", "title") ?? "issue closed",
        ]),
        url: firstUrl(text(payload, "issue", "html_url"), text(payload, "repository", "html_url")),
      },
    };
  }
  return { ignored: `${event.slice(0, 60)} events start no review` };
}
