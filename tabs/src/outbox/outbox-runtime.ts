import type { AnswerView } from "@learning-loop/contract";
import { callApi, scopePath } from "../api/api-client";
import { Outbox } from "./outbox";
import type { OutboxEntry } from "./outbox-queue";
import { defaultStore } from "./outbox-store";
import type { OutboxStore } from "./outbox-store";

async function sendAnswer(entry: OutboxEntry): Promise<AnswerView> {
  const result = await callApi<AnswerView>(
    `${scopePath(entry.scope)}/rounds/${encodeURIComponent(entry.roundId)}/answers`,
    {
      method: "POST",
      body: {
        id: entry.id,
        text: entry.text,
        ...(entry.anonymous ? { anonymous: true } : {}),
        ...(entry.mode ? { mode: entry.mode } : {}),
      },
    },
  );
  return result.data;
}

/** Opens IndexedDB lazily, so that a failure there only costs durability, never the answer. */
function lazyStore(): { store: OutboxStore; durable: Promise<boolean> } {
  const opened = defaultStore();
  return {
    store: {
      all: async () => (await opened).store.all(),
      put: async (entry) => (await opened).store.put(entry),
      delete: async (id) => (await opened).store.delete(id),
    },
    durable: opened.then((result) => result.durable),
  };
}

/** The page's outbox, sending answers to the API and retrying when the browser comes back online. */
export function createAppOutbox(): Outbox<AnswerView> {
  const { store, durable } = lazyStore();
  const outbox = new Outbox<AnswerView>({ store, send: sendAnswer });
  void durable.then((isDurable) => isDurable || outbox.markVolatile());
  window.addEventListener("online", () => outbox.retryAll());
  return outbox;
}
