import type { ExperimentView } from "@learning-loop/contract";
import type { ExperimentDoc } from "../cosmos/documents";
import { isDue } from "./check-back";

export const experimentEtag = (doc: ExperimentDoc): string => `"${doc.rev}"`;

/** The wire view of an experiment; `today` is the date in the scope's time zone (see `todayIn`). */
export function toExperimentView(doc: ExperimentDoc, today: string): ExperimentView {
  return {
    id: doc.id,
    text: doc.text,
    owner: doc.owner ? { oid: doc.owner.oid, name: doc.owner.name } : null,
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
  };
}
