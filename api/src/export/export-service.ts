import type { Db } from "../cosmos/db";
import { ownerOf } from "../experiments/experiment-view";
import type { AnswerView, RoundView } from "@learning-loop/contract";
import type { ExperimentDoc, RoundDoc } from "../cosmos/documents";
import { listRoundContent } from "../rounds/round-repository";
import { othersVisible, toRoundView } from "../rounds/round-view";
import type { Viewer } from "../rounds/round-view";
import { toCsv } from "./csv";
import type { Words } from "../i18n/words";
import { listRoundsAndExperiments } from "./export-repository";

export interface ExportedExperiment {
  id: string;
  roundId: string | null;
  sourceAnswerId: string | null;
  text: string;
  /** Null while nobody is named. */
  owner: string | null;
  status: string;
  checkBackAt: string | null;
  outcome: string | null;
  createdAt: string;
  closedAt: string | null;
}

/**
 * An answer as exported: no `mine` or `myReactions`. An export is a file that travels; flags about
 * the person who made it would tell whoever reads it which anonymous answers are theirs.
 */
export type ExportedAnswer = Omit<AnswerView, "mine" | "myReactions" | "etag">;

export type ExportedRound = Omit<RoundView, "etag" | "canManage" | "answers"> & { answers: ExportedAnswer[] };

export interface ScopeExport {
  scope: string;
  exportedAt: string;
  rounds: ExportedRound[];
  experiments: ExportedExperiment[];
}

/**
 * A scope's whole history as every member may see it: the same view rules as the API (anonymous
 * answers carry no author), minus per-request fields. A round whose answers are still hidden from
 * someone (`onReveal` before the reveal, `afterAnswer` while open) exports none of them, not even
 * the exporter's own: a shared file must not tell which answers are theirs.
 */
export async function exportScope(db: Db, viewer: Viewer, now = new Date()): Promise<ScopeExport> {
  const { access } = viewer;
  const docs = await listRoundsAndExperiments(db, access);
  const rounds = docs
    .filter((doc): doc is RoundDoc => doc.type === "round")
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id));
  const experiments = docs.filter((doc): doc is ExperimentDoc => doc.type === "experiment");
  const content = await listRoundContent(
    db,
    access,
    rounds.map((round) => round.id),
    access.oid,
  );
  return {
    scope: access.scope,
    exportedAt: now.toISOString(),
    rounds: rounds.map((round) => {
      const shownToAll = othersVisible(round, false);
      const {
        etag: _etag,
        canManage: _canManage,
        answers,
        ...view
      } = toRoundView(
        round,
        { answers: content.answers.filter((answer) => answer.roundId === round.id) },
        viewer,
      );
      return {
        ...view,
        answersHidden: !shownToAll,
        answers: (shownToAll ? answers : []).map(
          ({ mine: _mine, myReactions: _myReactions, etag: _answerEtag, ...answer }) => answer,
        ),
      };
    }),
    experiments: experiments
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((experiment) => ({
        id: experiment.id,
        roundId: experiment.roundId,
        sourceAnswerId: experiment.sourceAnswerId,
        text: experiment.text,
        owner: ownerOf(experiment.owner)?.name ?? null,
        status: experiment.status,
        checkBackAt: experiment.checkBackAt,
        outcome: experiment.outcome,
        createdAt: experiment.createdAt,
        closedAt: experiment.closedAt,
      })),
  };
}

/** One row per round, per answer and per experiment, in one table a spreadsheet can filter. */
export function exportCsv(data: ScopeExport, { s }: Words): string {
  const c = s.exportColumns;
  const header = [
    c.record,
    c.roundId,
    c.roundStartedAt,
    c.prompt,
    c.answerId,
    c.text,
    c.mode,
    c.author,
    c.anonymous,
    c.createdAt,
    c.meToo,
    c.insightful,
    c.status,
    c.owner,
    c.checkBackAt,
    c.outcome,
  ];
  const rows: (string | number | boolean | null)[][] = [];
  for (const round of data.rounds) {
    rows.push([
      "round",
      round.id,
      round.startedAt,
      round.promptText,
      null,
      null,
      round.kind,
      round.startedBy.name,
      false,
      round.startedAt,
      null,
      null,
      round.status,
      null,
      null,
      null,
    ]);
    for (const answer of round.answers) {
      rows.push([
        "answer",
        round.id,
        round.startedAt,
        round.promptText,
        answer.id,
        answer.text,
        answer.mode,
        answer.anonymous ? null : (answer.author?.name ?? null),
        answer.anonymous,
        answer.createdAt,
        answer.reactions["me-too"],
        answer.reactions.insightful,
        null,
        null,
        null,
        null,
      ]);
    }
  }
  for (const experiment of data.experiments) {
    rows.push([
      "experiment",
      experiment.roundId,
      null,
      null,
      experiment.sourceAnswerId,
      experiment.text,
      null,
      null,
      false,
      experiment.createdAt,
      null,
      null,
      experiment.status,
      experiment.owner,
      experiment.checkBackAt,
      experiment.outcome,
    ]);
  }
  return toCsv(header, rows);
}
