import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { addMessages, t } from "../i18n/i18n";
import { owners } from "./messages";
import MyExperiments from "./MyExperiments";

addMessages(owners);

const useStyles = makeStyles({
  surface: {
    maxWidth: "min(480px, calc(100vw - 16px))",
    padding: tokens.spacingHorizontalL,
    boxSizing: "border-box",
  },
});

/** The side panel's "My experiments": the same list as the history's view, in a dialog. */
export default function MyExperimentsDialog({
  open,
  onClose,
  announce,
}: {
  open: boolean;
  onClose(): void;
  announce(message: string): void;
}) {
  const styles = useStyles();
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_event, data) => data.open || onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t("owners.mine.title")}</DialogTitle>
          <DialogContent>{open && <MyExperiments announce={announce} headingLevel={3} />}</DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t("owners.mine.close")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
