import type { ExperimentStatus, ExperimentView, UpdateExperimentRequest } from "@learning-loop/contract";

/** Where an experiment may go from its status: the loop only moves forward (as the API enforces). */
const NEXT: Record<ExperimentStatus, readonly ExperimentStatus[]> = {
  planned: ["planned", "running", "dropped"],
  running: ["running", "done", "dropped"],
  done: ["done"],
  dropped: ["dropped"],
};

export const allowedStatuses = (from: ExperimentStatus): readonly ExperimentStatus[] => NEXT[from];

/** What the person wants the experiment to be: the status and outcome they chose in the dialog. */
export interface ExperimentEdit {
  status: ExperimentStatus;
  outcome: string;
}

export const editOf = (experiment: ExperimentView): ExperimentEdit => ({
  status: experiment.status,
  outcome: experiment.outcome ?? "",
});

/** Why the edit cannot be saved as it is, or null. "Done" needs an outcome: the loop closes with a learning. */
export function editProblem(edit: ExperimentEdit): "outcomeRequired" | "outcomeTooLong" | null {
  const outcome = edit.outcome.trim();
  if (edit.status === "done" && !outcome) return "outcomeRequired";
  if ([...outcome].length > 2000) return "outcomeTooLong";
  return null;
}

/** The PATCH body for an edit of `base`: only what changed, so an unrelated field is never overwritten. */
export function patchFor(base: ExperimentView, edit: ExperimentEdit): UpdateExperimentRequest {
  const body: UpdateExperimentRequest = {};
  if (edit.status !== base.status) body.status = edit.status;
  const outcome = edit.outcome.trim() || null;
  if (outcome !== (base.outcome ?? null)) body.outcome = outcome;
  return body;
}

export type ConflictChoice = "mine" | "theirs";

export type ConflictResolution =
  | { action: "save"; ifMatch: string; body: UpdateExperimentRequest }
  | { action: "accept"; experiment: ExperimentView }
  /** Keeping mine is impossible: the current status cannot move to the one I chose. */
  | { action: "impossible"; experiment: ExperimentView };

/** What keeping mine would store: my changes over the current version (shown as "your version"). */
export function keptMine(
  base: ExperimentView,
  mine: ExperimentEdit,
  current: ExperimentView,
): ExperimentEdit {
  const changes = patchFor(base, mine);
  return {
    status: changes.status ?? current.status,
    outcome: (changes.outcome === undefined ? current.outcome : changes.outcome) ?? "",
  };
}

/**
 * After a 412, the person saw their version and the current one side by side and chose. "Mine"
 * re-applies what they changed (relative to the version they started from) on top of the current
 * version, with its ETag so that a third edit in between is caught again; a field they did not
 * touch keeps the teammate's value. "Theirs" drops the edit and shows the current version.
 */
export function resolveConflict(
  choice: ConflictChoice,
  base: ExperimentView,
  mine: ExperimentEdit,
  current: ExperimentView,
): ConflictResolution {
  if (choice === "theirs") return { action: "accept", experiment: current };
  const changes = patchFor(base, mine);
  const body: UpdateExperimentRequest = {};
  if (changes.status !== undefined && changes.status !== current.status) {
    if (!allowedStatuses(current.status).includes(changes.status))
      return { action: "impossible", experiment: current };
    body.status = changes.status;
  }
  if (changes.outcome !== undefined && changes.outcome !== current.outcome) body.outcome = changes.outcome;
  const outcome = body.outcome === undefined ? current.outcome : body.outcome;
  // "Done" needs an outcome; keeping mine must not produce an update the API would refuse.
  if ((body.status ?? current.status) === "done" && !outcome)
    return { action: "impossible", experiment: current };
  if (Object.keys(body).length === 0) return { action: "accept", experiment: current };
  return { action: "save", ifMatch: current.etag, body };
}
