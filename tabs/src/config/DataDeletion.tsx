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
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { callApi, scopePath } from "../api/api-client";
import { ProblemState } from "../auth/ProblemState";
import { t } from "../i18n/i18n";

interface ErasureResult {
  deleted: { answers: number; reactions: number };
  anonymized: { rounds: number; experiments: number; prompts: number };
}

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  danger: {
    backgroundColor: tokens.colorStatusDangerBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ":hover": {
      backgroundColor: tokens.colorStatusDangerBackground3Hover,
      color: tokens.colorNeutralForegroundOnBrand,
    },
  },
});

type Dialogs = "mine" | "scope" | null;

/**
 * Data ownership from the team's side: anyone can erase what they wrote here; an owner can remove
 * the whole scope. Both ask first; the scope purge asks for the scope's name to be typed, because
 * it cannot be undone and removes everybody's history, not only the owner's.
 */
export function DataDeletion({
  scope,
  scopeName,
  owner,
  onDone,
  onScopeDeleted,
}: {
  scope: string;
  scopeName: string;
  owner: boolean;
  /** The outcome, for the page to show: this section is re-rendered when the settings reload. */
  onDone(message: string): void;
  onScopeDeleted(): void;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState<Dialogs>(null);
  const [typed, setTyped] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function eraseMine() {
    setBusy(true);
    setError(null);
    try {
      const { data } = await callApi<ErasureResult>(`me/data?scope=${encodeURIComponent(scope)}`, {
        method: "DELETE",
      });
      onDone(
        t("config.erase.done", {
          answers: data?.deleted.answers ?? 0,
          reactions: data?.deleted.reactions ?? 0,
          named:
            (data?.anonymized.rounds ?? 0) +
            (data?.anonymized.experiments ?? 0) +
            (data?.anonymized.prompts ?? 0),
        }),
      );
      setOpen(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  async function purge() {
    setBusy(true);
    setError(null);
    try {
      await callApi(scopePath(scope), { method: "DELETE" });
      onDone(t("config.purge.done"));
      setOpen(null);
      setTyped("");
      onScopeDeleted();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const close = () => {
    setOpen(null);
    setTyped("");
    setError(null);
  };

  return (
    <section className={styles.section} aria-labelledby="data-heading">
      <h2 id="data-heading" className={styles.heading}>
        {t("config.data")}
      </h2>
      <Text>{t("config.erase.explain")}</Text>
      <Button onClick={() => setOpen("mine")}>{t("config.erase.button")}</Button>
      {owner && (
        <>
          <Text>{t("config.purge.explain")}</Text>
          <Button className={styles.danger} onClick={() => setOpen("scope")}>
            {t("config.purge.button")}
          </Button>
        </>
      )}
      {open === "mine" && (
        <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && close()}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t("config.erase.title")}</DialogTitle>
              <DialogContent>
                <Text as="p">{t("config.erase.confirm")}</Text>
                {error !== null && <ProblemState error={error} />}
              </DialogContent>
              <DialogActions>
                <Button className={styles.danger} disabled={busy} onClick={() => void eraseMine()}>
                  {busy ? t("config.deleting") : t("config.erase.confirmButton")}
                </Button>
                <Button onClick={close}>{t("config.cancel")}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
      {open === "scope" && (
        <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && close()}>
          <DialogSurface>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                if (typed.trim() === scopeName) void purge();
              }}
            >
              <DialogBody>
                <DialogTitle>{t("config.purge.title")}</DialogTitle>
                <DialogContent>
                  <Text as="p">{t("config.purge.confirm")}</Text>
                  <Field label={t("config.purge.typeName", { name: scopeName })} required>
                    <Input
                      value={typed}
                      onChange={(_event, data) => setTyped(data.value)}
                      autoComplete="off"
                    />
                  </Field>
                  {error !== null && <ProblemState error={error} />}
                </DialogContent>
                <DialogActions>
                  <Button
                    type="submit"
                    className={styles.danger}
                    disabled={busy || typed.trim() !== scopeName}
                  >
                    {busy ? t("config.deleting") : t("config.purge.confirmButton")}
                  </Button>
                  <Button type="button" onClick={close}>
                    {t("config.cancel")}
                  </Button>
                </DialogActions>
              </DialogBody>
            </form>
          </DialogSurface>
        </Dialog>
      )}
    </section>
  );
}
