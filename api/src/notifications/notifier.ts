import type { Db } from "../cosmos/db";
import type { NudgeResponse, RoundView } from "@learning-loop/contract";
import type { ScopeAccess } from "../auth/identity";
import { readConversationRef } from "../bot/conversation-ref-repository";
import { createBotEndpoint } from "../bot/bot-endpoint";
import type { BotEndpoint } from "../bot/bot-endpoint";
import type { BotConfig } from "../bot/bot-config";
import type { Scoped } from "../cosmos/scoped";
import { notFound } from "../domain/errors";
import { HttpError } from "../http/problem";
import { listRoundContent, readRound } from "../rounds/round-repository";
import { readScopeSettings } from "../scopes/scope-settings";
import { closedPromptCard, openPromptCard, roundSummary, whenSwitchedOn } from "./card-assembly";
import { createDelivery } from "./delivery";
import type { Delivery } from "./delivery";
import {
  assertRoundNudgeable,
  assertScopeNudgeable,
  nudgeExclusions,
  nudgeKey,
  nudgePresence,
  nudgeSurfaces,
} from "./rules";
import { runScheduled } from "./scheduler";
import { lessonTriedCard } from "../cards/lesson-tried-card";
import type { LessonTried } from "../lessons/adoption-outcome";
import type { ScheduledRun } from "./scheduler";
import { scopeWords } from "../i18n/scope-words";

/**
 * What the domain tells the notification side about. Sending happens in the background: a
 * notification never fails or slows the API call that caused it.
 */
export interface Notifier {
  roundStarted(access: ScopeAccess, round: RoundView): void;
  roundClosed(access: ScopeAccess, round: RoundView): void;
}

/** The bot's notifications: the Notifier the rounds call, plus the nudge, the timers and the bot endpoint. */
export interface NotificationService extends Notifier {
  bot: BotEndpoint;
  delivery: Delivery;
  /** An adopted lesson came back with an outcome: a card to the publishing team (`lessonTried` switch). */
  lessonTried(tried: LessonTried): void;
  /** An event-triggered round started: its prompt card goes out under the `afterAction` switch. */
  afterActionStarted(at: Scoped, round: RoundView): void;
  /**
   * Checks the nudge may go out, then sends it in the background. Throws problems a person can fix.
   * With `present` (Entra object ids Live Share shows in the meeting), only members among them.
   */
  nudge(
    access: ScopeAccess,
    roundId: string,
    options?: { present?: string[]; now?: Date },
  ): Promise<NudgeResponse>;
  /** The hourly job: weekly digests and check-back reminders that are due, and ledger cleanup. */
  runScheduled(now?: Date): Promise<ScheduledRun>;
  /** The retry sweep: failed sends whose backoff has passed. */
  retryDue(): Promise<number>;
  idle(): Promise<void>;
}

export interface NotifierOptions {
  /** The bot's settings (`Config.bot`, docs/notifications.md). */
  bot: BotConfig;
  db(): Promise<Db>;
  log?: (line: string) => void;
}

/**
 * The real Notifier: posts cards through the bot (docs/architecture.md §8) once per notification key,
 * with retries in the background. Composes the rules (rules.ts), the cards (card-assembly.ts),
 * the sending and its ledger (delivery.ts, ledger-repository.ts) and the hourly job (scheduler.ts).
 */
export function createNotifier(options: NotifierOptions): NotificationService {
  const { bot: botConfig, db: openDb } = options;
  const log = options.log ?? ((line: string) => console.warn(line));
  const bot = createBotEndpoint(botConfig);
  const delivery = createDelivery({ db: openDb, messenger: bot.messenger, retry: botConfig.retry, log });
  const { teamsAppId } = botConfig;

  const promptCardSent = (at: Scoped, round: RoundView, kind: "promptCard" | "afterAction") =>
    delivery.background(kind, () =>
      delivery.deliver(at, kind, `${kind}|${round.id}`, async () => {
        const db = await openDb();
        return whenSwitchedOn(db, at, kind, (ref) => openPromptCard(db, at, round.id, teamsAppId, ref));
      }),
    );

  /** The posted prompt card, once its round closed, shows "closed" to everyone (Teams then refreshes it). */
  async function closePromptCard(at: Scoped, roundId: string) {
    if (!bot.messenger) return;
    const db = await openDb();
    for (const kind of ["promptCard", "afterAction"] as const) {
      const sent = await delivery.find(at, `${kind}|${roundId}`);
      if (sent?.status !== "sent" || !sent.messageId) continue;
      const closed = await closedPromptCard(db, at, roundId, teamsAppId);
      if (!closed) return;
      await bot.messenger.update(closed.ref.reference, sent.messageId, closed.activity);
    }
  }

  const scopedOf = (access: ScopeAccess): Scoped => ({ pk: access.pk, tid: access.tid, scope: access.scope });

  return {
    bot,
    delivery,
    roundStarted(access, round) {
      promptCardSent(scopedOf(access), round, "promptCard");
    },
    lessonTried(tried) {
      delivery.background("lessonTried", () =>
        delivery.deliver(tried.at, "lessonTried", `lessonTried|${tried.key}`, async () =>
          whenSwitchedOn(await openDb(), tried.at, "lessonTried", async (_ref, settings) =>
            lessonTriedCard(tried, scopeWords(settings)),
          ),
        ),
      );
    },
    afterActionStarted(at, round) {
      promptCardSent(at, round, "afterAction");
    },
    roundClosed(access, round) {
      const at = scopedOf(access);
      delivery.background("roundSummary", () =>
        delivery.deliver(at, "roundSummary", `roundSummary|${round.id}`, async () =>
          whenSwitchedOn(await openDb(), at, "roundSummary", (ref, settings) =>
            roundSummary(round, teamsAppId, ref, settings),
          ),
        ),
      );
      delivery.background("closePromptCard", () => closePromptCard(at, round.id));
    },
    async nudge(access, roundId, { present, now = new Date() } = {}) {
      const db = await openDb();
      const at = scopedOf(access);
      const round = await readRound(db, at, roundId);
      if (!round) throw notFound("The round");
      assertRoundNudgeable(round, access);
      if (!bot.messenger) throw new HttpError(503, "The bot is not configured on this server.");
      const [settings, ref] = await Promise.all([readScopeSettings(db, at), readConversationRef(db, at)]);
      assertScopeNudgeable(settings, ref !== undefined);
      const key = nudgeKey(roundId, now);
      if (await delivery.find(at, key)) return { status: "already-sent" };
      const { answers } = await listRoundContent(db, at, [roundId], access.oid);
      const excludeOids = nudgeExclusions(access.oid, answers);
      const presentOids = present === undefined ? null : nudgePresence(present);
      const meetingId = round.meetingId;
      delivery.background("meetingNudge", () =>
        delivery.deliver(at, "meetingNudge", key, async () => ({
          kind: "meetingNudge",
          meetingId,
          excludeOids,
          presentOids,
          surfaces: nudgeSurfaces(botConfig.tabEndpoint, scopeWords(settings).s.nudgeTitle),
        })),
      );
      return { status: "queued" };
    },
    runScheduled: (now = new Date()) =>
      runScheduled({ db: openDb, delivery, botConfigured: bot.messenger !== null, teamsAppId, log }, now),
    retryDue: () => delivery.retryDue(),
    idle: () => delivery.idle(),
  };
}
