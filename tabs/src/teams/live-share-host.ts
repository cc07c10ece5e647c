import type { ILiveShareHost } from "@microsoft/live-share";
import { LiveShareHost, liveShare } from "@microsoft/teams-js";

/** Whether this host offers Live Share here (its `interactive` capability, in the side panel or the stage). */
export function liveShareSupported(): boolean {
  try {
    return liveShare.isSupported();
  } catch {
    return false;
  }
}

/**
 * teams-js's `LiveShareHost`: Live Share's way into the meeting (the Fluid tenant, tokens, the
 * meeting's container and roles, all answered by Teams). Null where the host cannot offer it:
 * outside the side panel and the stage, or a host without the `interactive` capability (some
 * mobile clients, guests). Only the lazily loaded live channel (src/live/) calls it.
 */
export function createLiveShareHost(): ILiveShareHost | null {
  try {
    // Same calls, two declarations: teams-js and Live Share each declare the role and state enums.
    return LiveShareHost.create() as unknown as ILiveShareHost;
  } catch {
    return null;
  }
}
