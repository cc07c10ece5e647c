import {
  classifyFailure,
  delivered,
  discard,
  enqueue,
  failed,
  nextDue,
  nextWakeAt,
  requeue,
  restore,
  retryAllNow,
} from "./outbox-queue";
import type { OutboxEntry, OutboxQueue } from "./outbox-queue";
import type { OutboxStore } from "./outbox-store";

export interface OutboxSnapshot {
  entries: OutboxQueue;
  /** The id being sent right now, if any. */
  sending: string | null;
  /** False when answers only live in this page (no IndexedDB): a reload would lose them. */
  durable: boolean;
}

export interface OutboxDeps<Result> {
  store: OutboxStore;
  durable?: boolean;
  /** Sends one answer; resolves with what the API stored, rejects with the failure. */
  send(entry: OutboxEntry): Promise<Result>;
  now?: () => number;
  random?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export type NewAnswer = Pick<OutboxEntry, "id" | "scope" | "roundId" | "text" | "mode" | "anonymous">;

/**
 * Every answer goes through here: stored first (IndexedDB), then sent, one at a time in writing
 * order, retried with backoff until the API has it. The answer's UUID makes a resend harmless: the
 * API answers a replay with the same id and content as the same answer.
 */
export class Outbox<Result = unknown> {
  private queue: OutboxQueue = [];
  private sending: string | null = null;
  private timer: unknown;
  private snapshotValue: OutboxSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly deliveredListeners = new Set<(entry: OutboxEntry, result: Result) => void>();
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  /** Resolves once the entries of earlier visits are read back. */
  readonly ready: Promise<void>;

  constructor(private readonly deps: OutboxDeps<Result>) {
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer = deps.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.snapshotValue = { entries: [], sending: null, durable: deps.durable ?? true };
    this.ready = this.load();
  }

  snapshot = (): OutboxSnapshot => this.snapshotValue;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Called after each delivery with what the API stored, so the page can show it at once. */
  onDelivered(listener: (entry: OutboxEntry, result: Result) => void): () => void {
    this.deliveredListeners.add(listener);
    return () => this.deliveredListeners.delete(listener);
  }

  /** Keeps the answer (durably, when the browser allows) and starts sending it. */
  async submit(answer: NewAnswer): Promise<void> {
    await this.ready;
    const now = this.now();
    const entry: OutboxEntry = {
      ...answer,
      createdAt: now,
      attempts: 0,
      nextAttemptAt: now,
      state: "pending",
      failure: null,
    };
    const next = enqueue(this.queue, entry);
    if (next === this.queue) return;
    await this.persist(entry);
    this.update(enqueue(this.queue, entry));
    void this.pump();
  }

  /** The connection is back (the `online` event) or the person asked: try now. */
  retryAll() {
    this.update(retryAllNow(this.queue, this.now()));
    void this.pump();
  }

  /** Sends a refused answer again, optionally into another round (a new one after the old closed). */
  async retry(id: string, roundId?: string) {
    this.update(requeue(this.queue, id, this.now(), roundId));
    const entry = this.queue.find((candidate) => candidate.id === id);
    if (entry) await this.persist(entry);
    void this.pump();
  }

  /** Only a refused answer can be discarded, and only by the person who wrote it. */
  async discard(id: string) {
    if (this.sending === id) return;
    this.update(discard(this.queue, id));
    await this.deps.store.delete(id).catch(() => undefined);
  }

  /** The store turned out to live in memory only: the page says that a reload would lose answers. */
  markVolatile() {
    if (!this.snapshotValue.durable) return;
    this.snapshotValue = { ...this.snapshotValue, durable: false };
    this.emit();
  }

  private async load() {
    try {
      const stored = await this.deps.store.all();
      // A new page is a new chance: what waited for its backoff in the last one is tried at once.
      this.queue = retryAllNow(restore([...this.queue, ...stored]), this.now());
    } catch {
      this.snapshotValue = { ...this.snapshotValue, durable: false };
    }
    this.emit();
    void this.pump();
  }

  private async persist(entry: OutboxEntry) {
    try {
      await this.deps.store.put(entry);
    } catch {
      // Storage full or gone: the answer still lives in this page and is still sent.
      if (this.snapshotValue.durable) this.snapshotValue = { ...this.snapshotValue, durable: false };
    }
  }

  private update(queue: OutboxQueue) {
    if (queue === this.queue) return;
    this.queue = queue;
    this.emit();
  }

  private emit() {
    this.snapshotValue = { entries: this.queue, sending: this.sending, durable: this.snapshotValue.durable };
    for (const listener of this.listeners) listener();
  }

  private schedule() {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
    const wakeAt = nextWakeAt(this.queue);
    if (wakeAt === null) return;
    this.timer = this.setTimer(
      () => {
        this.timer = undefined;
        void this.pump();
      },
      Math.max(0, wakeAt - this.now()),
    );
  }

  private async pump(): Promise<void> {
    if (this.sending !== null) return;
    const entry = nextDue(this.queue, this.now());
    if (!entry) {
      this.schedule();
      return;
    }
    this.sending = entry.id;
    this.emit();
    try {
      const result = await this.deps.send(entry);
      this.queue = delivered(this.queue, entry.id);
      await this.deps.store.delete(entry.id).catch(() => undefined);
      this.sending = null;
      this.emit();
      for (const listener of this.deliveredListeners) listener(entry, result);
    } catch (error) {
      const { failure, permanent, retryAfterMs } = classifyFailure(error);
      this.queue = failed(this.queue, entry.id, failure, permanent, this.now(), this.random(), retryAfterMs);
      const updated = this.queue.find((candidate) => candidate.id === entry.id);
      if (updated) await this.persist(updated);
      this.sending = null;
      this.emit();
    }
    return this.pump();
  }
}
