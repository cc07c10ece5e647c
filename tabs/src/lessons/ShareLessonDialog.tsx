import type { LessonSourceKind } from "@learning-loop/contract";
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { ProblemState } from "../auth/ProblemState";
import { t } from "../i18n/i18n";
import { publishLesson } from "./lessons-api";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  quote: { fontStyle: "italic", overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface ShareLessonDialogProps {
  scope: string;
  kind: LessonSourceKind;
  sourceId: string;
  text: string;
  /** Only the author of a named answer, or an experiment's owner, may show their name. */
  canShowName: boolean;
  /** An anonymous answer: the lesson stays anonymous, and the dialog says so. */
  anonymous: boolean;
  /** The scope's owners hide its name on every lesson. */
  teamHidden: boolean;
  onClose(): void;
  announce(message: string): void;
}

/**
 * "Share with other teams": publishes an answer or experiment of this team as a lesson for the whole
 * organization (`POST /api/scopes/{scope}/lessons`), with the author's name only when they tick
 * "Show my name".
 */
export default function ShareLessonDialog(props: ShareLessonDialogProps) {
  const styles = useStyles();
  const [showName, setShowName] = useState(false);
  const [hideTeam, setHideTeam] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);

  const share = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await publishLesson(props.scope, {
        kind: props.kind,
        sourceId: props.sourceId,
        showAuthor: props.canShowName && showName,
        hideTeam: !props.teamHidden && hideTeam,
      });
      props.announce(t("lessons.published"));
      props.onClose();
    } catch (failure) {
      setProblem(failure);
      setBusy(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && props.onClose()}>
      <DialogSurface aria-describedby="share-lesson-intro">
        <DialogBody>
          <DialogTitle>{t("lessons.shareTitle")}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text id="share-lesson-intro">{t("lessons.shareIntro")}</Text>
            <Text className={styles.quote}>“{props.text}”</Text>
            {props.anonymous && <Text className={styles.muted}>{t("lessons.anonymousStays")}</Text>}
            {props.canShowName && (
              <Checkbox
                checked={showName}
                onChange={(_event, data) => setShowName(data.checked === true)}
                label={t("lessons.showName")}
              />
            )}
            {props.teamHidden ? (
              <Text className={styles.muted}>{t("lessons.teamNameHidden")}</Text>
            ) : (
              <Checkbox
                checked={hideTeam}
                onChange={(_event, data) => setHideTeam(data.checked === true)}
                label={t("lessons.hideTeam")}
              />
            )}
            {problem !== null && <ProblemState error={problem} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={() => void share()}>
              {t("lessons.publish")}
            </Button>
            <Button disabled={busy} onClick={props.onClose}>
              {t("lessons.cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
