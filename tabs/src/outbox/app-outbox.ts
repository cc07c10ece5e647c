import type { AnswerView } from "@learning-loop/contract";
import { useSyncExternalStore } from "react";
import { whenIdle } from "../ui/when-idle";
import type { Outbox, OutboxSnapshot } from "./outbox";

/*
 * The page's one outbox, loaded once the browser is idle after the first paint (it is not needed
 * to draw the panel): until then the panel shows no unsent answers, and the first share waits for
 * it to load.
 */

const EMPTY: OutboxSnapshot = { entries: [], sending: null, durable: true };

let instance: Promise<Outbox<AnswerView>> | undefined;
let loaded: Outbox<AnswerView> | null = null;

export function appOutbox(): Promise<Outbox<AnswerView>> {
  instance ??= import("./outbox-runtime").then(
    (module) => {
      loaded = module.createAppOutbox();
      return loaded;
    },
    (error: unknown) => {
      // Loading failed (the connection dropped at that moment): the next share tries again.
      instance = undefined;
      throw error;
    },
  );
  return instance;
}

function subscribe(listener: () => void): () => void {
  if (loaded) return loaded.subscribe(listener);
  let stop: (() => void) | undefined;
  let active = true;
  // Opening IndexedDB and reading what waits there is work the first screen can do without.
  const cancel = whenIdle(() => {
    void appOutbox().then((outbox) => {
      if (!active) return;
      stop = outbox.subscribe(listener);
      listener();
    });
  });
  return () => {
    active = false;
    cancel();
    stop?.();
  };
}

const snapshot = () => loaded?.snapshot() ?? EMPTY;

export function useOutbox(): OutboxSnapshot {
  return useSyncExternalStore(subscribe, snapshot);
}
