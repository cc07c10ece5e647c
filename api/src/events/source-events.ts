import type { EventSource, RoundView, ReviewSourcesSettings } from "@learning-loop/contract";
import type { Db } from "../cosmos/db";
import type { Scoped } from "../cosmos/scoped";
import { readScopeSettings } from "../scopes/scope-settings";
import { startAfterActionReview } from "./after-action";
import { recordDelivery } from "./event-source-status";
import type { SourceMapping } from "./github-events";

export type SourceOutcome = { ignored: string } | { ignored: null; created: boolean; round: RoundView };

/**
 * An authenticated delivery from GitHub or Azure DevOps: maps it under the scope's label or tag,
 * starts the review it asks for (a repeated delivery finds the one it started) and remembers the
 * delivery for the configuration page.
 */
export async function receiveSourceEvent(
  db: Db,
  at: Scoped,
  source: EventSource,
  map: (settings: ReviewSourcesSettings) => SourceMapping,
  anonymitySecret: string,
  now = new Date(),
): Promise<SourceOutcome> {
  const settings = await readScopeSettings(db, at);
  const mapping = map(settings.reviewSources);
  if ("ignored" in mapping) {
    await recordDelivery(db, at, source, "ignored", mapping.ignored, now);
    return { ignored: mapping.ignored };
  }
  const { created, round } = await startAfterActionReview(db, at, mapping.review, anonymitySecret, now);
  await recordDelivery(db, at, source, created ? "started" : "repeated", null, now);
  return { ignored: null, created, round };
}
