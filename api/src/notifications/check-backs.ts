import type { Db } from "../cosmos/db";
import type { ExperimentDoc } from "../cosmos/documents";
import type { Scoped } from "../cosmos/scoped";
import { dueOnOf, isDue } from "../experiments/check-back";
import { listExperiments } from "../experiments/experiment-repository";
import { OPEN_STATUSES } from "../experiments/experiment-status";
import { localTime } from "./local-time";

/** Reminders go out from 09:00 in the scope's time zone, so they land in the working day. */
export const CHECK_BACK_HOUR = 9;

/**
 * The open experiments whose check-back falls due today in the scope's time zone (only from
 * 09:00 there). Each gets one reminder on its day; one already overdue got its reminder then.
 */
export async function checkBacksDueToday(
  db: Db,
  at: Scoped,
  timeZone: string,
  now: Date,
): Promise<{ today: string; experiments: ExperimentDoc[] }> {
  const { date: today, hour } = localTime(timeZone, now);
  if (hour < CHECK_BACK_HOUR) return { today, experiments: [] };
  const open = await listExperiments(db, at, { status: OPEN_STATUSES });
  return {
    today,
    experiments: open.filter((experiment) => isDue(experiment, today) && dueOnOf(experiment) === today),
  };
}
