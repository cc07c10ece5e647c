import type { OutboxEntry } from "./outbox-queue";

/** Where the outbox keeps answers between reloads. */
export interface OutboxStore {
  all(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  delete(id: string): Promise<void>;
}

const DB_NAME = "learning-loop";
const DB_VERSION = 1;
const STORE = "outbox";

const settle = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });

function openDatabase(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME, DB_VERSION);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(STORE)) {
      request.result.createObjectStore(STORE, { keyPath: "id" });
    }
  };
  return settle(request);
}

/** The browser's IndexedDB: answers survive a reload, a crash and going offline. */
export function indexedDbStore(): OutboxStore {
  let database: Promise<IDBDatabase> | undefined;
  const run = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>) => {
    database ??= openDatabase();
    const db = await database;
    const transaction = db.transaction(STORE, mode);
    const result = settle(work(transaction.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB transaction failed"));
      transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB transaction aborted"));
    });
    return result;
  };
  return {
    all: () => run("readonly", (store) => store.getAll() as IDBRequest<OutboxEntry[]>),
    put: async (entry) => {
      await run("readwrite", (store) => store.put(entry));
    },
    delete: async (id) => {
      await run("readwrite", (store) => store.delete(id));
    },
  };
}

/** For browsers without IndexedDB (some private modes) and for tests: lasts as long as the page. */
export function memoryStore(initial: OutboxEntry[] = []): OutboxStore {
  const entries = new Map(initial.map((entry) => [entry.id, entry]));
  return {
    all: async () => [...entries.values()],
    put: async (entry) => {
      entries.set(entry.id, entry);
    },
    delete: async (id) => {
      entries.delete(id);
    },
  };
}

/** IndexedDB when it works here, otherwise memory: the outbox still retries within this page. */
export async function defaultStore(): Promise<{ store: OutboxStore; durable: boolean }> {
  if (typeof indexedDB === "undefined") return { store: memoryStore(), durable: false };
  const store = indexedDbStore();
  try {
    await store.all();
    return { store, durable: true };
  } catch {
    return { store: memoryStore(), durable: false };
  }
}
