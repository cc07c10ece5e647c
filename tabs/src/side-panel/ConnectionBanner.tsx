import { makeStyles, tokens } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import { t } from "../i18n/i18n";
import type { LivePhase } from "../live/live-mode";
import { liveMode, onLiveMode } from "../live/live-status";
import type { ConnectionNotice } from "./round-logic";

const useStyles = makeStyles({
  banner: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  line: { margin: 0 },
  mode: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

const subscribe = (onChange: () => void) => {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
};

/** The live channel's phase (src/live/): live, joining, lost or unavailable. */
export const useLivePhase = (): LivePhase => useSyncExternalStore(onLiveMode, () => liveMode().phase);

const MODE_LINES: Record<LivePhase, "live.on" | "live.joining" | "live.lost" | "live.unavailable"> = {
  live: "live.on",
  joining: "live.joining",
  lost: "live.lost",
  unavailable: "live.unavailable",
};

/** Whether the browser believes it is online. */
export const useOnline = () => useSyncExternalStore(subscribe, () => navigator.onLine);

function lines(notice: ConnectionNotice): string[] {
  switch (notice.kind) {
    case "offline":
      return [
        t("connection.offline"),
        ...(notice.waiting > 0 ? [t("connection.waiting", { count: notice.waiting })] : []),
      ];
    case "trouble":
      return [
        t("connection.trouble"),
        ...(notice.waiting > 0 ? [t("connection.waiting", { count: notice.waiting })] : []),
      ];
    case "busy":
      return [
        t("connection.busy"),
        ...(notice.waiting > 0 ? [t("connection.busyWaiting", { count: notice.waiting })] : []),
      ];
    case "volatile":
      return [t("connection.volatile", { count: notice.waiting })];
    case "refused":
      return [t("connection.refused", { count: notice.count })];
    case "none":
      return [];
  }
}

/**
 * One calm sentence about the connection. The status region is always in the page, so a screen
 * reader hears the change when it fills or empties.
 */
export function ConnectionBanner({ notice }: { notice: ConnectionNotice }) {
  const styles = useStyles();
  const text = lines(notice);
  const phase = useLivePhase();
  return (
    <div role="status">
      {/* Which way changes arrive: pushed by Live Share, or looked for every second. */}
      <p className={styles.mode} data-live={phase}>
        {t(MODE_LINES[phase])}
      </p>
      {text.length > 0 && (
        <div className={styles.banner}>
          {text.map((line) => (
            <p key={line} className={styles.line}>
              {line}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
