import type { ExperimentOwner, ExperimentView } from "@learning-loop/contract";
import type { ExperimentDoc } from "../cosmos/documents";
import { isDue } from "./check-back";

/** The stored owner as a person; early documents stored a bare name, which has no oid. */
export function ownerOf(owner: ExperimentDoc["owner"] | undefined): ExperimentOwner | null {
  if (owner === null || owner === undefined) return null;
  if (typeof owner === "string") return { oid: null, name: owner };
  return { oid: owner.oid ?? null, name: owner.name };
}

export const experimentEtag = (doc: ExperimentDoc): string => `"${doc.rev}"`;

/** The wire view of an experiment; `today` is the date in the scope's time zone (see `todayIn`). */
export function toExperimentView(doc: ExperimentDoc, today: string): ExperimentView {
  return {
    id: doc.id,
    text: doc.text,
    owner: ownerOf(doc.owner),
    checkBackAt: doc.checkBackAt,
    status: doc.status,
    outcome: doc.outcome,
    sourceAnswerId: doc.sourceAnswerId,
    roundId: doc.roundId,
    createdBy: doc.createdBy ? { oid: doc.createdBy.oid, name: doc.createdBy.name } : null,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    closedAt: doc.closedAt,
    due: isDue(doc, today),
    etag: experimentEtag(doc),
    ...(doc.lessonId ? { lessonId: doc.lessonId } : {}),
  };
}
