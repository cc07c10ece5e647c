import type { ExperimentStatus } from "@learning-loop/contract";
import type { Db } from "../cosmos/db";
import type { ExperimentDoc } from "../cosmos/documents";
import type { Scoped } from "../cosmos/scoped";
import { adoptionId, lessonAt } from "./lesson-keys";
import { readAdoption, readLesson, setAdoptionOutcome } from "./lesson-repository";

/** An adopting team came back with an outcome: what the publishing team's card says. */
export interface LessonTried {
  /** The publishing scope, whose conversation gets the card. */
  at: Scoped;
  lessonId: string;
  lessonText: string;
  /** The adopting team's name, or null when it hides its name. */
  team: string | null;
  status: ExperimentStatus;
  outcome: string;
  /** The notification key's tail: one card per adoption and outcome. */
  key: string;
}

const CLOSED: readonly ExperimentStatus[] = ["done", "dropped"];

/**
 * When an experiment that adopts a lesson closes with an outcome (or its closed outcome changes),
 * its adoption record takes the status and outcome, and the publishing team is to be told.
 * Undefined when there is nothing new (not an adoption, still open, the same outcome again, or
 * the lesson was unpublished).
 */
export async function recordAdoptionOutcome(
  db: Db,
  before: ExperimentDoc | undefined,
  after: ExperimentDoc,
): Promise<LessonTried | undefined> {
  const { lessonId, outcome } = after;
  if (!lessonId || !outcome || !CLOSED.includes(after.status)) return undefined;
  if (before && before.status === after.status && before.outcome === outcome) return undefined;
  const adoption = await readAdoption(db, lessonAt(after.tid, lessonId), adoptionId(after.scope, after.id));
  if (!adoption || (adoption.status === after.status && adoption.outcome === outcome)) return undefined;
  const lesson = await readLesson(db, after.tid, lessonId);
  if (!lesson) return undefined;
  await setAdoptionOutcome(db, adoption, after.status, outcome);
  return {
    at: { pk: `${lesson.tid}|${lesson.fromScope}`, tid: lesson.tid, scope: lesson.fromScope },
    lessonId,
    lessonText: lesson.text,
    team: adoption.team,
    status: after.status,
    outcome,
    key: `${adoption.id}|${after.rev}`,
  };
}
