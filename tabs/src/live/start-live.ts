import { whenIdle } from "../ui/when-idle";
import { liveShareSupported } from "../teams/live-share-host";
import { claimStart, reportLive } from "./live-status";

/**
 * Starts the live channel once per page, once the browser is idle after the first render: Live
 * Share and the Fluid client arrive as their own chunk (about 300 KiB gzip), off the path to an
 * interactive panel. Outside a meeting, or in a host without Live Share (some mobile clients,
 * guests), the chunk is never loaded and polling alone runs.
 */
export function startLive(meetingId: string | null) {
  if (!claimStart()) return;
  if (!meetingId || !liveShareSupported()) {
    reportLive({ kind: "unavailable" });
    return;
  }
  whenIdle(() => {
    import("./live-share-channel").then(
      (channel) => channel.startLiveChannel(),
      () => reportLive({ kind: "failed" }),
    );
  });
}
