import type { ExperimentView } from "@learning-loop/contract";
import {
  Button,
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
import { t } from "../i18n/i18n";
import type { ConflictChoice, ExperimentEdit } from "./experiment-change";
import { formatMoment, statusLabel } from "./format";

const useStyles = makeStyles({
  versions: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(200px, 1fr))",
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalM,
  },
  version: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "anywhere",
  },
  heading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase300 },
  list: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
});

/**
 * A teammate saved the experiment while this person was editing it. Neither version wins silently:
 * both are shown side by side, and the person keeps theirs (applied on top of the current one) or
 * takes the current one.
 */
export function ConflictDialog({
  mine,
  current,
  saving,
  timeZone,
  onChoose,
}: {
  mine: ExperimentEdit;
  current: ExperimentView;
  saving: boolean;
  timeZone: string;
  onChoose(choice: ConflictChoice): void;
}) {
  const styles = useStyles();
  return (
    <Dialog open modalType="alert">
      <DialogSurface aria-describedby="conflict-explanation">
        <DialogBody>
          <DialogTitle>{t("history.conflict.title")}</DialogTitle>
          <DialogContent>
            <Text as="p" id="conflict-explanation">
              {t("history.conflict.explanation", { text: current.text })}
            </Text>
            <div className={styles.versions}>
              <section className={styles.version} aria-labelledby="conflict-mine">
                <h3 id="conflict-mine" className={styles.heading}>
                  {t("history.conflict.mine")}
                </h3>
                <dl className={styles.list}>
                  <dt className={styles.term}>{t("history.edit.status")}</dt>
                  <dd className={styles.definition}>{statusLabel(mine.status)}</dd>
                  <dt className={styles.term}>{t("history.edit.outcome")}</dt>
                  <dd className={styles.definition}>
                    {mine.outcome.trim() || t("history.conflict.noOutcome")}
                  </dd>
                </dl>
              </section>
              <section className={styles.version} aria-labelledby="conflict-theirs">
                <h3 id="conflict-theirs" className={styles.heading}>
                  {t("history.conflict.theirs", { date: formatMoment(current.updatedAt, timeZone) })}
                </h3>
                <dl className={styles.list}>
                  <dt className={styles.term}>{t("history.edit.status")}</dt>
                  <dd className={styles.definition}>{statusLabel(current.status)}</dd>
                  <dt className={styles.term}>{t("history.edit.outcome")}</dt>
                  <dd className={styles.definition}>{current.outcome ?? t("history.conflict.noOutcome")}</dd>
                </dl>
              </section>
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={saving} onClick={() => onChoose("mine")}>
              {t("history.conflict.keepMine")}
            </Button>
            <Button disabled={saving} onClick={() => onChoose("theirs")}>
              {t("history.conflict.useTheirs")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
