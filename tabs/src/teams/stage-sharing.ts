import { meeting } from "@microsoft/teams-js";

/** Why sharing to the stage is not offered, in the words the side panel shows. */
export type StageSharingBlock = "noPermission" | "unavailable";

export type StageSharingSupport = { supported: true } | { supported: false; reason: StageSharingBlock };

let support: Promise<StageSharingSupport> | undefined;

/**
 * Asks the host whether this app may share to the meeting stage (the manifest's `meetingStage`
 * context and the RSC permission decide it). Loaded lazily: the side panel's first paint does not
 * wait for the meeting capability.
 */
export function stageSharingSupport(): Promise<StageSharingSupport> {
  // The answer does not change while the panel is open: ask the host once.
  support ??= new Promise((resolve) => {
    try {
      meeting.getAppContentStageSharingCapabilities((error, result) => {
        if (error) resolve({ supported: false, reason: "unavailable" });
        else if (!result?.doesAppHaveSharePermission) resolve({ supported: false, reason: "noPermission" });
        else resolve({ supported: true });
      });
    } catch {
      // Outside a meeting frame context teams-js throws before asking the host.
      resolve({ supported: false, reason: "unavailable" });
    }
  });
  return support;
}

/** The stage view's address: the same app, which picks the stage page from the frame context. */
export const stageUrl = (origin: string) => `${origin}/index.html?view=stage`;

export function shareToStage(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      meeting.shareAppContentToStage((error, result) => {
        if (error || !result) reject(new Error(error?.message ?? "The host did not share the app."));
        else resolve();
      }, url);
    } catch (failure) {
      reject(failure instanceof Error ? failure : new Error(String(failure)));
    }
  });
}
