import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { callApiForFile, scopePath } from "../api/api-client";
import { ProblemState } from "../auth/ProblemState";
import { t } from "../i18n/i18n";
import { copyText } from "./copy-text";

type Format = "csv" | "json";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  data: { width: "100%" },
  textarea: { minHeight: "240px", fontFamily: tokens.fontFamilyMonospace },
});

/** Mobile Teams clients open tabs in a web view that cannot save files at all. */
const MOBILE_CLIENTS = new Set(["android", "ios", "ipados"]);

/**
 * Saves a file from memory. A plain link to the API cannot work in Teams: the API wants the SSO
 * token in a header, and a tab has no cookie session. So the file is fetched with the token, held
 * in a Blob, and handed to the browser through an object URL and a temporary `<a download>`, which
 * both Teams on the web and the desktop client (Chromium-based) save like any download.
 */
function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = filename;
  anchor.style.display = "none";
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The browser reads the URL asynchronously after the click; revoking at once can cancel the save.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * CSV and JSON export of everything this person may see in the scope (anonymous answers without
 * authors: the API leaves them out). Where the host blocks downloads (mobile clients, or a client
 * that ignores `download` in frames), the data is shown in a dialog to copy instead; and because no
 * browser reports a blocked download to the page, the same dialog is one click away after every
 * download ("Nothing saved?").
 */
export function ExportButtons({
  scope,
  clientType,
  announce,
}: {
  scope: string;
  clientType: string | null;
  announce(message: string): void;
}) {
  const styles = useStyles();
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [last, setLast] = useState<{ format: Format; filename: string; text: string } | null>(null);
  const [showing, setShowing] = useState(false);
  const [copied, setCopied] = useState<boolean | null>(null);

  async function download(format: Format) {
    setBusy(format);
    setError(null);
    try {
      const { blob, filename } = await callApiForFile(`${scopePath(scope)}/export?format=${format}`);
      const name = filename ?? `learning-loop.${format}`;
      const text = await blob.text();
      setLast({ format, filename: name, text });
      setCopied(null);
      const canDownload = "download" in HTMLAnchorElement.prototype && !MOBILE_CLIENTS.has(clientType ?? "");
      if (canDownload) {
        saveBlob(blob, name);
        announce(t("history.export.started", { filename: name }));
      } else {
        setShowing(true);
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className={styles.bar}>
      <Button disabled={busy !== null} onClick={() => void download("csv")}>
        {busy === "csv" ? t("history.export.preparing") : t("history.export.csv")}
      </Button>
      <Button disabled={busy !== null} onClick={() => void download("json")}>
        {busy === "json" ? t("history.export.preparing") : t("history.export.json")}
      </Button>
      {last && (
        <Button appearance="transparent" onClick={() => setShowing(true)}>
          {t("history.export.showData")}
        </Button>
      )}
      {error !== null && <ProblemState error={error} />}
      {last && showing && (
        <Dialog open onOpenChange={(_event, data) => !data.open && setShowing(false)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t("history.export.dialogTitle", { filename: last.filename })}</DialogTitle>
              <DialogContent>
                <Field
                  className={styles.data}
                  label={t("history.export.dataLabel", { format: last.format.toUpperCase() })}
                  hint={t("history.export.dataHint")}
                  validationState={copied === false ? "warning" : copied ? "success" : "none"}
                  validationMessage={
                    copied === false
                      ? t("history.export.copyFailed")
                      : copied
                        ? t("history.export.copied")
                        : undefined
                  }
                >
                  <Textarea className={styles.textarea} readOnly value={last.text} resize="vertical" />
                </Field>
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => void copyText(last.text).then(setCopied)}>
                  {t("history.export.copy")}
                </Button>
                <Button onClick={() => setShowing(false)}>{t("history.close")}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </div>
  );
}
