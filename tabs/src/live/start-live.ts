import { claimStart, reportLive } from "./live-status";

/**
 * Starts the live channel once per page, after the first render: Live Share and the Fluid client
 * arrive as their own chunk. Outside a meeting there is no session to join, so polling alone runs.
 */
export function startLive(meetingId: string | null) {
  if (!claimStart()) return;
  if (!meetingId) {
    reportLive({ kind: "unavailable" });
    return;
  }
  import("./live-share-channel").then(
    (channel) => channel.startLiveChannel(),
    () => reportLive({ kind: "failed" }),
  );
}
