import type { LessonSourceKind } from "@learning-loop/contract";
import { Button } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import { t } from "../i18n/i18n";
import { useLessonPublishing } from "./publish-context";

// The dialog comes with its first use: most visits to the history share nothing.
const ShareLessonDialog = lazy(() => import("./ShareLessonDialog"));

export interface ShareButtonProps {
  kind: LessonSourceKind;
  sourceId: string;
  text: string;
  canShowName: boolean;
  anonymous: boolean;
}

/** "Share with other teams" on an answer or experiment in the history, while the scope allows publishing. */
export function ShareButton(props: ShareButtonProps) {
  const publishing = useLessonPublishing();
  const [open, setOpen] = useState(false);
  if (!publishing?.publishing) return null;
  return (
    <>
      <Button
        appearance="subtle"
        size="small"
        aria-label={t("lessons.shareLabel", { text: props.text })}
        onClick={() => setOpen(true)}
      >
        {t("lessons.share")}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ShareLessonDialog
            {...props}
            scope={publishing.scope}
            teamHidden={publishing.hideTeam}
            announce={publishing.announce}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
