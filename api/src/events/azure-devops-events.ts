import type { ReviewSourcesSettings } from "@learning-loop/contract";
import type { SourceMapping } from "./github-events";
import { field, firstUrl, markdownLink, reviewTitle, sameLabel, text } from "./payload-fields";

const CLOSED_STATES = new Set(["closed", "done"]);

/** The event types that can start a review, as a service hook names them (`eventType`). */
export const AZURE_DEVOPS_EVENTS = {
  build: "build.complete",
  releaseDeployment: "ms.vss-release.deployment-completed-event",
  pipelineRun: "ms.vss-pipelines.run-state-changed-event",
  workItem: "workitem.updated",
} as const;

/**
 * Azure DevOps service hook events that start an after-action review (docs/reviews.md):
 *
 * - `build.complete` whose build failed;
 * - `ms.vss-release.deployment-completed-event`: a classic release's deployment to a stage completed;
 * - `ms.vss-pipelines.run-state-changed-event` whose run's state is `completed`;
 * - `workitem.updated` that moved the item to Closed or Done while it carries the scope's tag
 *   (default `incident`).
 *
 * The notification's `id`, which a retried delivery repeats, makes the review's id.
 */
export function azureDevOpsReview(payload: unknown, settings: ReviewSourcesSettings): SourceMapping {
  const eventType = text(payload, "eventType");
  const id = text(payload, "id");
  if (!eventType || !id) return { ignored: "not a service hook event (no eventType or id)" };
  const base = {
    source: "azureDevOps" as const,
    dedupeKey: id,
    occurredAt: text(payload, "createdDate") ?? null,
  };
  const messageLink = markdownLink(text(payload, "message", "markdown"));
  const resource = field(payload, "resource");
  switch (eventType) {
    case AZURE_DEVOPS_EVENTS.build: {
      const result = text(resource, "result") ?? text(resource, "status");
      if (result?.toLowerCase() !== "failed") return { ignored: `build ${result ?? "without a result"}` };
      return {
        review: {
          ...base,
          kind: "build",
          title: reviewTitle([
            text(resource, "definition", "name") && `${text(resource, "definition", "name")}:`,
            "build",
            text(resource, "buildNumber"),
            "failed",
          ]),
          url: firstUrl(text(resource, "_links", "web", "href"), messageLink, text(resource, "url")),
        },
      };
    }
    case AZURE_DEVOPS_EVENTS.releaseDeployment: {
      const environment = field(resource, "environment");
      const release = text(environment, "release", "name") ?? text(resource, "release", "name");
      const status = text(environment, "status") ?? text(resource, "deployment", "deploymentStatus");
      return {
        review: {
          ...base,
          kind: "deployment",
          title: reviewTitle([
            release && `${release}:`,
            "deployment",
            text(environment, "name") && `to ${text(environment, "name")}`,
            status ? `completed (${status})` : "completed",
          ]),
          url: firstUrl(
            text(environment, "release", "_links", "web", "href"),
            text(resource, "release", "_links", "web", "href"),
            messageLink,
            text(environment, "release", "url"),
          ),
        },
      };
    }
    case AZURE_DEVOPS_EVENTS.pipelineRun: {
      const run = field(resource, "run");
      const state = text(run, "state");
      if (state?.toLowerCase() !== "completed")
        return { ignored: `pipeline run ${state ?? "without a state"}` };
      const result = text(run, "result");
      return {
        review: {
          ...base,
          kind: "deployment",
          title: reviewTitle([
            (text(resource, "pipeline", "name") ?? text(run, "pipeline", "name")) &&
              `${text(resource, "pipeline", "name") ?? text(run, "pipeline", "name")}:`,
            "run",
            text(run, "name"),
            result ? `completed (${result})` : "completed",
          ]),
          url: firstUrl(text(run, "_links", "web", "href"), messageLink, text(run, "url")),
        },
      };
    }
    case AZURE_DEVOPS_EVENTS.workItem: {
      const state = text(resource, "fields", "System.State", "newValue");
      if (!state || !CLOSED_STATES.has(state.toLowerCase())) {
        return {
          ignored: `work item ${state ? `moved to ${state.slice(0, 40)}` : "updated without a state change"}`,
        };
      }
      const tags = (
        text(resource, "fields", "System.Tags", "newValue") ??
        text(resource, "revision", "fields", "System.Tags") ??
        ""
      ).split(";");
      if (!tags.some((tag) => sameLabel(tag, settings.azureDevOpsTag))) {
        return { ignored: `work item closed without the tag "${settings.azureDevOpsTag}"` };
      }
      const type = text(resource, "revision", "fields", "System.WorkItemType") ?? "Work item";
      const number = text(resource, "workItemId") !== "0" ? text(resource, "workItemId") : undefined;
      return {
        review: {
          ...base,
          kind: "incident",
          title: reviewTitle([
            `${type} ${number ?? text(resource, "revision", "id") ?? ""}:`.replace(" :", ":"),
            text(resource, "revision", "fields", "System.Title") ?? "closed",
          ]),
          url: firstUrl(
            text(resource, "_links", "html", "href"),
            text(resource, "revision", "_links", "html", "href"),
            messageLink,
          ),
        },
      };
    }
    default:
      return { ignored: `${eventType.slice(0, 80)} events start no review` };
  }
}
