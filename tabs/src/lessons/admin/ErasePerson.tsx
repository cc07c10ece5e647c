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
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { ProblemState } from "../../auth/ProblemState";
import { t } from "../../i18n/i18n";
import { erasePerson, objectIdOf } from "./admin-api";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    alignSelf: "stretch",
    marginTop: tokens.spacingVerticalM,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  form: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    alignSelf: "stretch",
  },
  surface: { overflowWrap: "anywhere" },
  field: { width: "100%", maxWidth: "32em" },
  who: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  id: { fontFamily: tokens.fontFamilyMonospace },
  danger: {
    backgroundColor: tokens.colorStatusDangerBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ":hover": {
      backgroundColor: tokens.colorStatusDangerBackground3Hover,
      color: tokens.colorNeutralForegroundOnBrand,
    },
  },
});

/** A valid object ID to show in the field's error. */
const EXAMPLE_OID = "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b";

/** An ID read left to right inside a sentence of any direction (first-strong isolate). */
const isolated = (oid: string) => `\u2068${oid}\u2069`;

/**
 * "Erase a person's data across every team and chat": the person's Microsoft Entra object ID,
 * checked for its shape before anything is sent, then a dialog that says what goes and that it
 * cannot be undone, then `DELETE /api/admin/people/{oid}`. The API answers 204 with no counts, so
 * the message says only that it is done.
 */
export function ErasePerson() {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState("");
  const [invalid, setInvalid] = useState(false);
  // The ID the dialog asks about; it stays while the dialog closes, so its text does not change.
  const [asked, setAsked] = useState("");
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState("");

  const ask = (event: FormEvent) => {
    event.preventDefault();
    const oid = objectIdOf(typed);
    setDone("");
    if (!oid) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    setInvalid(false);
    setProblem(null);
    setAsked(oid);
    setOpen(true);
  };

  const erase = async () => {
    if (!open || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await erasePerson(asked);
      setDone(t("lessons.admin.erase.done", { oid: isolated(asked) }));
      setOpen(false);
      setTyped("");
    } catch (failure) {
      setProblem(failure);
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    if (busy) return;
    setOpen(false);
    setProblem(null);
  };

  return (
    <section className={styles.section} aria-labelledby="erase-person-heading">
      <h3 id="erase-person-heading" className={styles.heading}>
        {t("lessons.admin.erase.heading")}
      </h3>
      <Text as="p" block>
        {t("lessons.admin.erase.intro")}
      </Text>
      <form className={styles.form} onSubmit={ask} noValidate>
        <Field
          className={styles.field}
          label={t("lessons.admin.erase.oid")}
          hint={t("lessons.admin.erase.oidHint")}
          validationState={invalid ? "error" : "none"}
          validationMessage={
            invalid ? t("lessons.admin.erase.oidInvalid", { example: isolated(EXAMPLE_OID) }) : undefined
          }
        >
          <Input
            ref={input}
            value={typed}
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            maxLength={80}
            onChange={(_event, data) => {
              setTyped(data.value);
              if (invalid && objectIdOf(data.value)) setInvalid(false);
            }}
          />
        </Field>
        <Button type="submit">{t("lessons.admin.erase.button")}</Button>
      </form>
      <Text role="status" aria-live="polite" block>
        {done}
      </Text>
      <Dialog open={open} modalType="alert" onOpenChange={(_event, data) => !data.open && close()}>
        <DialogSurface className={styles.surface}>
          <DialogBody>
            <DialogTitle>{t("lessons.admin.erase.title")}</DialogTitle>
            <DialogContent>
              {/* The ID on its own line, left to right in every language: it wraps as one word. */}
              <p className={styles.who}>
                <Text weight="semibold">{t("lessons.admin.erase.who")}</Text>
                <Text dir="ltr" className={styles.id}>
                  {asked}
                </Text>
              </p>
              <Text as="p" block>
                {t("lessons.admin.erase.confirm")}
              </Text>
              <Text as="p" block weight="semibold">
                {t("lessons.admin.erase.final")}
              </Text>
              {problem !== null && <ProblemState error={problem} />}
            </DialogContent>
            <DialogActions>
              {/* The way out first: it takes the focus when the dialog opens. */}
              <Button onClick={close} disabledFocusable={busy}>
                {t("lessons.cancel")}
              </Button>
              <Button className={styles.danger} disabledFocusable={busy} onClick={() => void erase()}>
                {busy ? t("lessons.admin.erase.busy") : t("lessons.admin.erase.confirmButton")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
