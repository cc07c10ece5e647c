import type { Db } from "../cosmos/db";
import type { AnswerDoc, ExperimentDoc, RoundDoc } from "../cosmos/documents";
import { queryInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

/** Only the fields the insights charts count. */
export type InsightSource =
  | Pick<
      RoundDoc,
      "type" | "id" | "startedAt" | "kind" | "status" | "revealMode" | "revealed" | "closedAt" | "review"
    >
  | Pick<AnswerDoc, "type" | "roundId" | "createdAt" | "mode" | "anonymous" | "author">
  | Pick<ExperimentDoc, "type" | "createdAt" | "closedAt" | "status" | "outcome">;

/** Rounds started (or still open), answers given and experiments started or closed since `since`, in one query. */
export const listInsightSources = (db: Db, at: Scoped, since: string) =>
  queryInScope<InsightSource>(db, at, {
    select:
      "c.type, c.id, c.roundId, c.startedAt, c.kind, c.revealMode, c.revealed, c.createdAt, c.mode, c.anonymous, c.author, c.closedAt, c.status, c.outcome, c.review",
    where: `(c.type = "round" AND (c.startedAt >= @since OR c.status = "open")) OR
      (c.type = "answer" AND c.createdAt >= @since) OR
      (c.type = "experiment" AND (c.createdAt >= @since OR c.closedAt >= @since))`,
    parameters: [{ name: "@since", value: since }],
  });
