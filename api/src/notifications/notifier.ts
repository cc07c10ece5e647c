import type { Container } from "@azure/cosmos";
import type { NotificationKind, NudgeResponse, RoundView } from "@learning-loop/contract";
import type { MeetingSurface } from "@microsoft/agents-hosting-extensions-teams";
import type { ScopeAccess } from "../auth/identity";
import { loadBotConfig } from "../bot/bot-config";
import { createBotEndpoint } from "../bot/bot-endpoint";
import type { BotEndpoint } from "../bot/bot-endpoint";
import { listConversationRefs, readConversationRef } from "../bot/conversation-refs";
import type { ConversationRefDoc } from "../bot/conversation-refs";
import { loadPromptCard } from "../bot/prompt-card-view";
import { checkBackCard } from "../cards/check-back-card";
import { cardMessage } from "../cards/card-message";
import { historyDeepLink } from "@learning-loop/contract";
import type { CardJson } from "../cards/render";
import { roundSummaryCard } from "../cards/round-summary-card";
import { weeklyDigestCard } from "../cards/weekly-digest-card";
import type { Config } from "../config";
import type { Services } from "../services";
import { withRetry } from "../cosmos/retry";
import type { Scoped } from "../cosmos/scoped";
import { DomainError, notFound } from "../domain/errors";
import { HttpError } from "../http/problem";
import { listRoundContent, readRound } from "../rounds/round-repository";
import { canManage } from "../rounds/round-view";
import { readScopeSettings } from "../scopes/scope-settings";
import type { ScopeSettings } from "../scopes/scope-settings";
import { checkBacksDueToday, dueOnOf } from "./check-backs";
import { createDelivery } from "./delivery";
import type { Delivery, DeliveryOutcome, Payload } from "./delivery";
import { collectWeeklyDigest, digestWeekDue } from "./weekly-digest";

/**
 * What the domain tells the notification side about. Sending happens in the background: a
 * notification never fails or slows the API call that caused it.
 */
export interface Notifier {
  roundStarted(access: ScopeAccess, round: RoundView): void;
  roundClosed(access: ScopeAccess, round: RoundView): void;
}

export const silentNotifier: Notifier = {
  roundStarted: () => undefined,
  roundClosed: () => undefined,
};

/** The bot's notifications: the Notifier the rounds call, plus the nudge, the timers and the bot endpoint. */
export interface NotificationService extends Notifier {
  bot: BotEndpoint;
  delivery: Delivery;
  /** An event-triggered round started: its prompt card goes out under the `afterAction` switch. */
  afterActionStarted(at: Scoped, round: RoundView): void;
  /** Checks the nudge may go out, then sends it in the background. Throws problems a person can fix. */
  nudge(access: ScopeAccess, roundId: string, now?: Date): Promise<NudgeResponse>;
  /** The hourly job: weekly digests and check-back reminders that are due, and ledger cleanup. */
  runScheduled(now?: Date): Promise<{ scopes: number; sent: number; cleaned: number }>;
  /** The retry sweep: failed sends whose backoff has passed. */
  retryDue(): Promise<number>;
  idle(): Promise<void>;
}

/** A nudge goes out at most once per round in this window, however often the button is pressed. */
export const NUDGE_WINDOW_MS = 5 * 60_000;

const made = new WeakSet<NotificationService>();
const fallbacks = new WeakMap<Services, NotificationService>();

/**
 * The notification service behind `services.notifier`. Where someone gave the services another
 * Notifier (a test's silent one), the bot endpoint and the timers still get a service of their own.
 */
export function notificationServiceOf(services: Services): NotificationService {
  const notifier = services.notifier as NotificationService;
  if (made.has(notifier)) return notifier;
  let service = fallbacks.get(services);
  if (!service) {
    service = createNotifier(services.config, () => services.container());
    fallbacks.set(services, service);
  }
  return service;
}

/**
 * The real Notifier: posts cards through the bot (ARCHITECTURE §2) once per notification key,
 * with retries in the background. Settings come from the environment (docs/notifications.md):
 * BOT_AUTH, BOT_ID, BOT_PASSWORD, BOT_TENANT_ID, TEAMS_APP_ID, TAB_ENDPOINT, NOTIFY_*.
 */
export function createNotifier(
  config: Config,
  container: () => Promise<Container>,
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = (line) => console.warn(line),
): NotificationService {
  const botConfig = loadBotConfig(env);
  const bot = createBotEndpoint(botConfig);
  const delivery = createDelivery({ container, messenger: bot.messenger, retry: botConfig.retry, log });
  const deepLink = (roundId: string | null, ref: ConversationRefDoc | undefined) =>
    historyDeepLink(botConfig.teamsAppId, roundId, ref?.channelId ?? null);

  /** Builds a payload only when the switch is on and the bot is in the scope's conversation. */
  const whenOn =
    (
      at: Scoped,
      kind: NotificationKind,
      card: (ref: ConversationRefDoc, settings: ScopeSettings) => Promise<CardJson>,
    ) =>
    async (): Promise<Payload | null> => {
      const db = await container();
      const [settings, ref] = await Promise.all([readScopeSettings(db, at), readConversationRef(db, at)]);
      if (!settings.notifications[kind] || !ref) return null;
      return { kind: "message", activity: cardMessage(await card(ref, settings)) };
    };

  const promptCardSent = (at: Scoped, round: RoundView, kind: "promptCard" | "afterAction") =>
    delivery.background(kind, () =>
      delivery.deliver(
        at,
        kind,
        `${kind}|${round.id}`,
        whenOn(at, kind, async (ref) => {
          const db = await container();
          const doc = await readRound(db, at, round.id);
          if (!doc) throw notFound("The round");
          return loadPromptCard(db, at, doc, "open", botConfig.teamsAppId, ref);
        }),
      ),
    );

  /** The posted prompt card, once its round closed, shows "closed" to everyone (Teams then refreshes it). */
  async function closePromptCard(at: Scoped, roundId: string) {
    if (!bot.messenger) return;
    const db = await container();
    for (const kind of ["promptCard", "afterAction"] as const) {
      const sent = await delivery.find(at, `${kind}|${roundId}`);
      if (sent?.status !== "sent" || !sent.messageId) continue;
      const [ref, round] = await Promise.all([readConversationRef(db, at), readRound(db, at, roundId)]);
      if (!ref || !round) return;
      const card = await loadPromptCard(db, at, round, "closed", botConfig.teamsAppId, ref);
      await bot.messenger.update(ref.reference, sent.messageId, cardMessage(card));
    }
  }

  const scopedOf = (access: ScopeAccess): Scoped => ({ pk: access.pk, tid: access.tid, scope: access.scope });

  const service: NotificationService = {
    bot,
    delivery,
    roundStarted(access, round) {
      promptCardSent(scopedOf(access), round, "promptCard");
    },
    afterActionStarted(at, round) {
      promptCardSent(at, round, "afterAction");
    },
    roundClosed(access, round) {
      const at = scopedOf(access);
      delivery.background("roundSummary", () =>
        delivery.deliver(
          at,
          "roundSummary",
          `roundSummary|${round.id}`,
          whenOn(at, "roundSummary", async (ref) => roundSummaryCard(round, deepLink(round.id, ref))),
        ),
      );
      delivery.background("closePromptCard", () => closePromptCard(at, round.id));
    },
    async nudge(access, roundId, now = new Date()) {
      const db = await container();
      const at = scopedOf(access);
      const round = await readRound(db, at, roundId);
      if (!round) throw notFound("The round");
      if (!canManage(round, access)) {
        throw new DomainError("forbidden", "Only the round's starter or the organizer can nudge.");
      }
      if (round.status !== "open") throw new DomainError("conflict", "This round is closed.", "roundId");
      if (!round.meetingId) {
        throw new DomainError(
          "conflict",
          "This round was not started in a meeting, so there is nobody to nudge.",
          "meetingId",
        );
      }
      if (!bot.messenger) throw new HttpError(503, "The bot is not configured on this server.");
      const [settings, ref] = await Promise.all([readScopeSettings(db, at), readConversationRef(db, at)]);
      if (!settings.notifications.meetingNudge) {
        throw new DomainError(
          "conflict",
          "Meeting nudges are switched off in this scope's settings.",
          "notifications.meetingNudge",
        );
      }
      if (!ref)
        throw new DomainError("conflict", "Add the Learning Loop bot to this meeting chat first.", "scope");
      const key = `meetingNudge|${roundId}|${Math.floor(now.getTime() / NUDGE_WINDOW_MS)}`;
      if (await delivery.find(at, key)) return { status: "already-sent" };
      // Only named answers exclude anyone: whoever answered anonymously may get a nudge too, so
      // that who was (not) nudged never tells who wrote an anonymous answer.
      const { answers } = await listRoundContent(db, at, [roundId], access.oid);
      const excludeOids = [
        access.oid,
        ...answers.flatMap((answer) => (!answer.anonymous && answer.author ? [answer.author.oid] : [])),
      ];
      const meetingId = round.meetingId;
      delivery.background("meetingNudge", () =>
        delivery.deliver(at, "meetingNudge", key, async () => ({
          kind: "meetingNudge",
          meetingId,
          excludeOids: [...new Set(excludeOids)],
          surfaces: nudgeSurfaces(botConfig.tabEndpoint),
        })),
      );
      return { status: "queued" };
    },
    async runScheduled(now = new Date()) {
      const db = await container();
      if (!bot.messenger) return { scopes: 0, sent: 0, cleaned: await cleanUp(db, now, log) };
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
              await delivery.deliver(ref, "weeklyDigest", `weeklyDigest|${monday}`, async () => {
                const digest = await collectWeeklyDigest(db, ref, settings.timezone, monday);
                if (!digest) return null;
                const card = weeklyDigestCard({
                  ...digest,
                  scopeName: settings.name,
                  deepLink: deepLink(null, ref),
                });
                return { kind: "message", activity: cardMessage(card) };
              }),
            );
          }
          if (settings.notifications.checkBackReminder) {
            const { experiments } = await checkBacksDueToday(db, ref, settings.timezone, now);
            for (const experiment of experiments) {
              const dueOn = dueOnOf(experiment) ?? "";
              const card = checkBackCard({
                text: experiment.text,
                ownerName: experiment.owner?.name ?? null,
                dueOn,
                deepLink: deepLink(experiment.roundId, ref),
              });
              count(
                await delivery.deliver(
                  ref,
                  "checkBackReminder",
                  `checkBackReminder|${experiment.id}|${dueOn}`,
                  async () => ({ kind: "message", activity: cardMessage(card) }),
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
    },
    retryDue: () => delivery.retryDue(),
    idle: () => delivery.idle(),
  };
  made.add(service);
  return service;
}

/** Where a nudge shows: the app's icon in the meeting lights up, and with a tab address the stage opens it. */
function nudgeSurfaces(tabEndpoint: string | undefined): MeetingSurface[] {
  const surfaces: MeetingSurface[] = [{ surface: "meetingTabIcon" }];
  if (tabEndpoint) {
    surfaces.unshift({
      surface: "meetingStage",
      contentType: "task",
      content: {
        value: { height: "300", width: "400", title: "Learning moment", url: `${tabEndpoint}/index.html` },
      },
    });
  }
  return surfaces;
}

/**
 * Removes ledger entries past their keeping time and seen signatures past their window, which
 * Cosmos' TTL does in Azure and the local server does not. Background only: it queries across
 * partitions.
 */
async function cleanUp(db: Container, now: Date, log: (line: string) => void): Promise<number> {
  try {
    const { resources } = await withRetry(() =>
      db.items
        .query<{ id: string; pk: string }>({
          query:
            'SELECT c.id, c.pk FROM c WHERE (c.type = "notification" AND c.updatedAt < @ledgerCutoff) OR (c.type = "eventSignature" AND c.expiresAt < @now)',
          parameters: [
            { name: "@ledgerCutoff", value: new Date(now.getTime() - 90 * 24 * 3600_000).toISOString() },
            { name: "@now", value: now.toISOString() },
          ],
        })
        .fetchAll(),
    );
    let removed = 0;
    for (const { id, pk } of resources) {
      await withRetry(() => db.item(id, pk).delete()).then(
        () => (removed += 1),
        () => undefined,
      );
    }
    return removed;
  } catch (error) {
    log(`notifications: cleanup failed: ${error instanceof Error ? error.message.slice(0, 120) : "unknown"}`);
    return 0;
  }
}
