import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import { t } from "../i18n/i18n";
import type { StageSharingSupport } from "../teams/stage-sharing";

const useStyles = makeStyles({
  row: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
  reason: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const loadSharing = () => import("../teams/stage-sharing");

/**
 * "Share to stage": offered when the host says this app may share (`getAppContentStageSharingCapabilities`),
 * otherwise shown disabled with the reason, still reachable by keyboard so the reason can be read.
 */
export function StageShare({ announce }: { announce(message: string): void }) {
  const styles = useStyles();
  const [support, setSupport] = useState<StageSharingSupport | null>(null);
  const [state, setState] = useState<"idle" | "sharing" | "shared" | "failed">("idle");
  const reasonId = useId();

  useEffect(() => {
    let live = true;
    loadSharing()
      .then((sharing) => sharing.stageSharingSupport())
      .then(
        (result) => live && setSupport(result),
        () => live && setSupport({ supported: false, reason: "unavailable" }),
      );
    return () => {
      live = false;
    };
  }, []);

  const share = async () => {
    setState("sharing");
    try {
      const sharing = await loadSharing();
      await sharing.shareToStage(sharing.stageUrl(window.location.origin));
      setState("shared");
      announce(t("share.shared"));
    } catch {
      setState("failed");
    }
  };

  const blocked = support !== null && !support.supported;
  const reason =
    support && !support.supported
      ? t(support.reason === "noPermission" ? "share.noPermission" : "share.unavailable")
      : null;
  return (
    <div className={styles.row}>
      <Button
        disabledFocusable={blocked || support === null || state === "sharing"}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => void share()}
      >
        {state === "sharing" ? t("share.sharing") : t("share.button")}
      </Button>
      {reason && (
        <span id={reasonId} className={styles.reason}>
          {reason}
        </span>
      )}
      {state === "shared" && <span className={styles.reason}>{t("share.shared")}</span>}
      {state === "failed" && (
        <span role="alert" className={styles.reason}>
          {t("share.failed")}
        </span>
      )}
    </div>
  );
}
