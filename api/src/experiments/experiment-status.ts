import type { ExperimentStatus } from "@learning-loop/contract";

/** The loop only moves forward: an experiment is tried before it is done, and a closed one stays closed. */
const NEXT: Record<ExperimentStatus, readonly ExperimentStatus[]> = {
  planned: ["planned", "running", "dropped"],
  running: ["running", "done", "dropped"],
  done: ["done"],
  dropped: ["dropped"],
};

export const canMove = (from: ExperimentStatus, to: ExperimentStatus): boolean => NEXT[from].includes(to);

export const OPEN_STATUSES: readonly ExperimentStatus[] = ["planned", "running"];

export const isClosed = (status: ExperimentStatus): boolean => !OPEN_STATUSES.includes(status);
