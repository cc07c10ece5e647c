import type { AdoptLessonRequest, ExperimentView } from "@learning-loop/contract";
import { EXPERIMENT_TEXT_MAX } from "@learning-loop/contract";
import type { ScopeAccess } from "../auth/identity";
import type { Db } from "../cosmos/db";
import type { LessonAdoptionDoc } from "../cosmos/documents";
import { notFound } from "../domain/errors";
import { createExperiment } from "../experiments/experiment-service";
import { readScopeSettings } from "../scopes/scope-settings";
import { assertFeedEnabled } from "./lesson-access";
import { adoptionId } from "./lesson-keys";
import { countAdoption, insertAdoption, readLesson } from "./lesson-repository";

/** An experiment's text holds at most 500 characters; a longer lesson is cut at a word with an ellipsis. */
export function experimentTextOf(text: string): string {
  const chars = [...text];
  if (chars.length <= EXPERIMENT_TEXT_MAX) return text;
  const cut = chars.slice(0, EXPERIMENT_TEXT_MAX - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > EXPERIMENT_TEXT_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * "Try this in my team": an experiment under the client's id in a scope the caller is a member of
 * (`access`, checked by the authorizer), linked to the lesson, plus the lesson's adoption record
 * (one per adopting experiment, so a replay counts nothing twice). The experiment is the truth;
 * the adoption record is what the feed shows.
 */
export async function adoptLesson(
  db: Db,
  access: ScopeAccess,
  secret: string,
  lessonId: string,
  request: AdoptLessonRequest,
  now = new Date(),
): Promise<{ created: boolean; experiment: ExperimentView }> {
  await assertFeedEnabled(db, access.tid);
  const lesson = await readLesson(db, access.tid, lessonId);
  if (!lesson) throw notFound("The lesson");
  const { created, experiment } = await createExperiment(
    db,
    access,
    secret,
    {
      id: request.id,
      text: experimentTextOf(lesson.text),
      ...(request.checkBackAt ? { checkBackAt: request.checkBackAt } : {}),
    },
    now,
    undefined,
    lesson.id,
  );
  const settings = await readScopeSettings(db, access);
  const adoption: LessonAdoptionDoc = {
    id: adoptionId(access.scope, experiment.id),
    pk: lesson.pk,
    tid: lesson.tid,
    scope: lesson.scope,
    type: "lessonAdoption",
    lessonId: lesson.id,
    adopterScope: access.scope,
    experimentId: experiment.id,
    team: settings.lessons.hideTeam ? null : settings.name,
    status: experiment.status,
    outcome: null,
    adoptedAt: now.toISOString(),
    fromScope: lesson.fromScope,
  };
  // Also on a replay: an adoption whose record failed is completed by sending it again.
  if (await insertAdoption(db, adoption)) await countAdoption(db, lesson, 1);
  return { created, experiment };
}
