import type { Db } from "../cosmos/db";
import type { NotificationKind } from "@learning-loop/contract";
import { readConversationRef } from "../bot/conversation-ref-repository";
import { SendTimeoutError } from "../bot/messenger";
import type { Messenger } from "../bot/messenger";
import type { ConversationRefDoc, DeliveryStatus, NotificationDoc, Payload } from "../cosmos/documents";
import type { Scoped } from "../cosmos/scoped";
import { recordNotification } from "../telemetry/metrics";
import {
  LEDGER_TTL_SECONDS,
  claimLedgerEntry,
  ledgerId,
  listRetriesDue,
  readLedgerEntry,
  replaceLedgerEntry,
} from "./ledger-repository";
import { nudgeRecipients } from "./rules";

/** How long a claim holds before the notification counts as stuck. */
const LEASE_MS = 2 * 60_000;

export type DeliveryOutcome = DeliveryStatus | "duplicate";

export interface DeliveryOptions {
  db(): Promise<Db>;
  /** Null when the server has no bot: then nothing is recorded or sent. */
  messenger: Messenger | null;
  retry: { attempts: number; baseDelayMs: number };
  log(line: string): void;
  now?: () => Date;
}

export interface Delivery {
  /**
   * Sends the notification `key` once: builds its payload (null means nothing to send), claims
   * the key, sends, records the outcome, and schedules a retry with backoff when the connector
   * failed. Never throws.
   */
  deliver(
    at: Scoped,
    kind: NotificationKind,
    key: string,
    build: () => Promise<Payload | null>,
  ): Promise<DeliveryOutcome>;
  /** The ledger entry of a key, if any. */
  find(at: Scoped, key: string): Promise<NotificationDoc | undefined>;
  /** Retries every failed notification whose time has come (the timer's sweep). Never throws. */
  retryDue(): Promise<number>;
  /** Runs work in the background, so that the caller never waits for it and it never throws. */
  background(label: string, work: () => Promise<unknown>): void;
  /** Resolves once no background work is left (for tests and orderly shutdown). */
  idle(): Promise<void>;
}

export function createDelivery(options: DeliveryOptions): Delivery {
  const now = options.now ?? (() => new Date());
  const pending = new Set<Promise<unknown>>();
  const { log } = options;

  const background: Delivery["background"] = (label, work) => {
    const running = Promise.resolve()
      .then(work)
      .catch((error: unknown) => log(`notifications: ${label} failed: ${describe(error)}`))
      .finally(() => pending.delete(running));
    pending.add(running);
  };

  async function transmit(ref: ConversationRefDoc, payload: Payload): Promise<string | null> {
    const messenger = options.messenger!;
    if (payload.kind === "message") return messenger.post(ref.reference, payload.activity);
    const recipients = nudgeRecipients(
      await messenger.members(ref.reference, ref.teamId),
      payload.excludeOids,
      payload.presentOids ?? null,
    );
    if (recipients.length === 0) return null;
    await messenger.meetingNotification(ref.reference, payload.meetingId, {
      type: "targetedMeetingNotification",
      value: { recipients, surfaces: payload.surfaces },
    });
    return null;
  }

  /** Sends a claimed notification and records what happened. */
  async function send(db: Db, claimed: NotificationDoc): Promise<DeliveryOutcome> {
    let doc = claimed;
    const record = async (changes: Partial<NotificationDoc>): Promise<DeliveryOutcome> => {
      const next = { ...doc, ...changes, leaseUntil: null, updatedAt: now().toISOString() };
      const written = await replaceLedgerEntry(db, next);
      if (!written) {
        log(`notifications: ${doc.kind} ${doc.id} changed while sending; left as it is`);
        return "duplicate";
      }
      doc = written;
      return next.status;
    };
    const ref = await readConversationRef(db, doc);
    if (!ref || !doc.payload)
      return record({ status: "abandoned", payload: null, lastError: "not-installed" });
    try {
      const messageId = await transmit(ref, doc.payload);
      log(`notifications: ${doc.kind} sent (${doc.id}, attempt ${doc.attempts})`);
      recordNotification("sent", doc.kind);
      return await record({ status: "sent", payload: null, messageId, lastError: null, nextAttemptAt: null });
    } catch (error) {
      const verdict = classifySendError(error);
      const lastError = describe(error);
      log(`notifications: ${doc.kind} attempt ${doc.attempts} failed (${verdict}): ${lastError}`);
      recordNotification("failed", doc.kind, verdict);
      if (verdict === "uncertain") return record({ status: "uncertain", payload: null, lastError });
      if (verdict === "permanent" || doc.attempts >= options.retry.attempts) {
        return record({ status: "abandoned", payload: null, lastError });
      }
      const delay = backoff(options.retry.baseDelayMs, doc.attempts);
      const outcome = await record({
        status: "failed",
        lastError,
        nextAttemptAt: new Date(now().getTime() + delay).toISOString(),
      });
      if (outcome === "failed") schedule(doc, delay);
      return outcome;
    }
  }

  /** The in-process retry; the timer's sweep catches whatever a recycled process leaves behind. */
  function schedule(at: Scoped & { id: string }, delay: number) {
    const timer = setTimeout(() => background("retry", () => retry(at, at.id)), delay);
    timer.unref();
  }

  async function retry(at: Scoped, id: string): Promise<DeliveryOutcome> {
    const db = await options.db();
    const doc = await readLedgerEntry(db, at, id);
    if (!doc || doc.status !== "failed" || (doc.nextAttemptAt ?? "") > now().toISOString())
      return "duplicate";
    const claimed = await replaceLedgerEntry(db, {
      ...doc,
      status: "sending",
      attempts: doc.attempts + 1,
      leaseUntil: new Date(now().getTime() + LEASE_MS).toISOString(),
      updatedAt: now().toISOString(),
    });
    return claimed ? send(db, claimed) : "duplicate";
  }

  async function deliver(
    at: Scoped,
    kind: NotificationKind,
    key: string,
    build: () => Promise<Payload | null>,
  ): Promise<DeliveryOutcome> {
    if (!options.messenger) return "skipped";
    const id = ledgerId(key);
    const db = await options.db();
    const existing = await readLedgerEntry(db, at, id);
    if (existing) return existing.status === "failed" ? retry(at, id) : "duplicate";
    const payload = await build();
    const stamp = now().toISOString();
    const doc: NotificationDoc = {
      id,
      pk: at.pk,
      tid: at.tid,
      scope: at.scope,
      type: "notification",
      kind,
      key,
      status: payload ? "sending" : "skipped",
      attempts: payload ? 1 : 0,
      leaseUntil: payload ? new Date(now().getTime() + LEASE_MS).toISOString() : null,
      nextAttemptAt: null,
      payload,
      messageId: null,
      lastError: null,
      createdAt: stamp,
      updatedAt: stamp,
      ttl: LEDGER_TTL_SECONDS,
    };
    const claimed = await claimLedgerEntry(db, doc);
    // Someone else claimed this key first: theirs is the one send.
    if (!claimed) return "duplicate";
    return payload ? send(db, claimed) : "skipped";
  }

  return {
    async deliver(at, kind, key, build) {
      try {
        return await deliver(at, kind, key, build);
      } catch (error) {
        log(`notifications: ${kind} could not be delivered: ${describe(error)}`);
        return "abandoned";
      }
    },
    async find(at, key) {
      return readLedgerEntry(await options.db(), at, ledgerId(key));
    },
    async retryDue() {
      try {
        const db = await options.db();
        const resources = await listRetriesDue(db, now());
        let retried = 0;
        for (const doc of resources) {
          if ((await retry(doc, doc.id)) !== "duplicate") retried += 1;
        }
        return retried;
      } catch (error) {
        log(`notifications: retry sweep failed: ${describe(error)}`);
        return 0;
      }
    },
    background,
    async idle() {
      while (pending.size) await Promise.allSettled([...pending]);
    },
  };
}

/** Exponential backoff (x4 per attempt) with jitter, so retries of many scopes do not arrive together. */
export function backoff(baseDelayMs: number, attempt: number): number {
  const delay = baseDelayMs * 4 ** (attempt - 1);
  return Math.round(delay * (0.75 + Math.random() * 0.5));
}

/** Errors where the request never reached the connector: safe to send again. */
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

/**
 * Whether a failed send may be repeated. The connector answering 429 or 5xx asks for a retry
 * (Teams' guidance); a refused connection never reached it. A timeout or a connection cut mid-way
 * may have posted: repeating it could post twice, so it is not repeated.
 */
export function classifySendError(error: unknown): "retry" | "uncertain" | "permanent" {
  if (error instanceof SendTimeoutError) return "uncertain";
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === "number") return status === 429 || status >= 500 ? "retry" : "permanent";
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return NOT_SENT.has(code) ? "retry" : "uncertain";
    current = (current as { cause?: unknown }).cause;
  }
  return error instanceof TypeError && error.message === "fetch failed" ? "uncertain" : "permanent";
}

/** For logs: a status or code and the first words of the message, never request content. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  const status = (error as { status?: unknown }).status;
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
  return [
    typeof status === "number" ? `HTTP ${status}` : null,
    typeof code === "string" ? code : null,
    error.message.slice(0, 120),
  ]
    .filter(Boolean)
    .join(" ");
}
