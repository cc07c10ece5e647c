import type { Db } from "../cosmos/db";
import { containerOf } from "../cosmos/db";
import type { AiBudgetDoc } from "../cosmos/documents";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";
import { readInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

export const AI_BUDGET_ID = "aiBudget";

/** The scope's AI budget document, if the AI was ever asked there. One point read. */
export const readAiBudget = (db: Db, at: Scoped) =>
  readInScope<AiBudgetDoc>(db, at, AI_BUDGET_ID, "aiBudget");

/**
 * Stores the budget document: creates it when `previous` is undefined, otherwise replaces it on
 * condition that Cosmos' `_etag` is still `previous`. False when another request got there first,
 * so two requests counting from the same state cannot both spend the last call.
 */
export async function saveAiBudget(db: Db, doc: AiBudgetDoc, previous: string | undefined): Promise<boolean> {
  try {
    await withRetry(() =>
      previous === undefined
        ? containerOf(db).items.create<AiBudgetDoc>(doc)
        : containerOf(db)
            .item(doc.id, doc.pk)
            .replace<AiBudgetDoc>(doc, { accessCondition: { type: "IfMatch", condition: previous } }),
    );
    return true;
  } catch (error) {
    const status = cosmosStatus(error);
    if (status === 409 || status === 412 || (previous !== undefined && status === 404)) return false;
    throw error;
  }
}
