import type { Db } from "../cosmos/db";
import type { Scoped } from "../cosmos/scoped";
import { AI_BUDGET_ID, readAiBudget, saveAiBudget } from "./ai-budget-repository";
import { AiFailure } from "./ai-failure";

/** Lost races before a request gives up and asks the caller to try again in a second. */
const ATTEMPTS = 8;

export const utcDay = (now: Date) => now.toISOString().slice(0, 10);

/** Whole seconds until the next UTC midnight, when the budget starts afresh (at least 1). */
export function secondsToUtcMidnight(now: Date): number {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.ceil((midnight - now.getTime()) / 1000));
}

/** The calls the scope has left today. */
export async function remainingToday(db: Db, at: Scoped, budget: number, now = new Date()): Promise<number> {
  const doc = await readAiBudget(db, at);
  const used = doc && doc.day === utcDay(now) ? doc.used : 0;
  return Math.max(0, budget - used);
}

/**
 * Spends one of the scope's calls for today before the model is asked, conditionally on the
 * document's ETag, so concurrent requests never spend more than the budget. A call counts even if
 * the model then fails or times out: the service may have charged for it. Throws `budget` (429
 * until UTC midnight) when none is left. Returns what is left after this call.
 */
export async function spendOne(db: Db, at: Scoped, budget: number, now = new Date()): Promise<number> {
  const day = utcDay(now);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const doc = await readAiBudget(db, at);
    const used = doc && doc.day === day ? doc.used : 0;
    if (used >= budget) {
      throw new AiFailure(
        "budget",
        "This team has used today's AI suggestions. They are available again tomorrow (UTC).",
        secondsToUtcMidnight(now),
      );
    }
    const saved = await saveAiBudget(
      db,
      { id: AI_BUDGET_ID, pk: at.pk, tid: at.tid, scope: at.scope, type: "aiBudget", day, used: used + 1 },
      doc?._etag,
    );
    if (saved) return budget - used - 1;
  }
  throw new AiFailure("busy", "Many AI requests arrived at once for this team. Try again in a moment.", 1);
}
