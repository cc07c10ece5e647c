import type { RoundView } from "@learning-loop/contract";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Text,
} from "@fluentui/react-components";
import { t } from "../i18n/i18n";

/** A link that could not be copied for the person: `url` is null when this build cannot make one. */
export interface LinkToShow {
  url: string | null;
  round: RoundView;
}

/**
 * Shown only when copying did not work: either the host refused the clipboard (the link is then
 * shown selected, to copy by hand), or the build has no Teams app id, without which Teams cannot
 * resolve a link to the tab (the dialog says so, and who can fix it).
 */
export function CopyLinkDialog({ link, onClose }: { link: LinkToShow; onClose(): void }) {
  return (
    <Dialog open onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            {link.url ? t("history.link.manualTitle") : t("history.link.unavailableTitle")}
          </DialogTitle>
          <DialogContent>
            {link.url ? (
              <Field label={t("history.link.field")} hint={t("history.link.manualHint")}>
                <Input
                  readOnly
                  value={link.url}
                  onFocus={(event) => event.currentTarget.select()}
                  autoFocus
                />
              </Field>
            ) : (
              <>
                <Text as="p">{t("history.link.unavailable")}</Text>
                <Text as="p">{t("history.link.roundId", { id: link.round.id })}</Text>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t("history.close")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
