import type { Db } from "../cosmos/db";
import { listConversationRefs } from "../bot/conversation-ref-repository";
import { readScopeSettings } from "../scopes/scope-settings";
import { checkBackPayload, weeklyDigestPayload } from "./card-assembly";
import { dueOnOf } from "../experiments/check-back";
import { checkBacksDueToday } from "./check-backs";
import type { Delivery, DeliveryOutcome } from "./delivery";
import { removeExpiredRecords } from "./ledger-repository";
import { digestWeekDue } from "./weekly-digest";

export interface ScheduledRun {
  scopes: number;
  sent: number;
  cleaned: number;
}

export interface SchedulerDeps {
  db(): Promise<Db>;
  delivery: Delivery;
  /** False when the server has no bot: then only the cleanup runs. */
  botConfigured: boolean;
  teamsAppId: string | undefined;
  log(line: string): void;
}

/**
 * The hourly job: in every scope the bot is in, the weekly digest and the check-back reminders
 * that are due (each scope at its own local hour), then the ledger cleanup.
 */
export async function runScheduled(deps: SchedulerDeps, now: Date): Promise<ScheduledRun> {
  const { delivery, teamsAppId, log } = deps;
  const db = await deps.db();
  if (!deps.botConfigured) return { scopes: 0, sent: 0, cleaned: await cleanUp(db, now, log) };
  const refs = await listConversationRefs(db);
  let sent = 0;
  const count = (outcome: DeliveryOutcome) => {
    if (outcome === "sent") sent += 1;
  };
  for (const ref of refs) {
    try {
      const settings = await readScopeSettings(db, ref);
      const monday = settings.notifications.weeklyDigest ? digestWeekDue(settings.timezone, now) : null;
      if (monday) {
        count(
          await delivery.deliver(ref, "weeklyDigest", `weeklyDigest|${monday}`, () =>
            weeklyDigestPayload(db, ref, settings, monday, teamsAppId),
          ),
        );
      }
      if (settings.notifications.checkBackReminder) {
        const { experiments } = await checkBacksDueToday(db, ref, settings.timezone, now);
        for (const experiment of experiments) {
          const dueOn = dueOnOf(experiment) ?? "";
          const payload = checkBackPayload(experiment, dueOn, teamsAppId, ref, settings);
          count(
            await delivery.deliver(
              ref,
              "checkBackReminder",
              `checkBackReminder|${experiment.id}|${dueOn}`,
              async () => payload,
            ),
          );
        }
      }
    } catch (error) {
      log(
        `notifications: scheduled run failed for one scope: ${error instanceof Error ? error.message.slice(0, 120) : "unknown"}`,
      );
    }
  }
  return { scopes: refs.length, sent, cleaned: await cleanUp(db, now, log) };
}

/** The ledger cleanup, which never fails the run: a failure is logged and counts as nothing removed. */
async function cleanUp(db: Db, now: Date, log: (line: string) => void): Promise<number> {
  try {
    return await removeExpiredRecords(db, now);
  } catch (error) {
    log(`notifications: cleanup failed: ${error instanceof Error ? error.message.slice(0, 120) : "unknown"}`);
    return 0;
  }
}
