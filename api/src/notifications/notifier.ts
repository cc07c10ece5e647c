import type { RoundView } from "@learning-loop/contract";
import type { ScopeAccess } from "../auth/identity";

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
