import type { ExperimentStatus, ExperimentView } from "@learning-loop/contract";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { ProblemState } from "../auth/ProblemState";
import { t } from "../i18n/i18n";
import { allowedStatuses, editOf, editProblem } from "./experiment-change";
import type { ExperimentEdit } from "./experiment-change";
import { statusLabel } from "./format";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Change an experiment's status and record its outcome; only the moves the loop allows are offered. */
export function EditExperimentDialog({
  experiment,
  saving,
  error,
  onSave,
  onClose,
}: {
  experiment: ExperimentView;
  saving: boolean;
  error: unknown;
  onSave(edit: ExperimentEdit): void;
  onClose(): void;
}) {
  const styles = useStyles();
  const [edit, setEdit] = useState<ExperimentEdit>(() => editOf(experiment));
  const [tried, setTried] = useState(false);
  const problem = editProblem(edit);
  const statuses = allowedStatuses(experiment.status);

  return (
    <Dialog open onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setTried(true);
            if (!problem) onSave(edit);
          }}
        >
          <DialogBody>
            <DialogTitle>{t("history.edit.title", { text: experiment.text })}</DialogTitle>
            <DialogContent className={styles.content}>
              {statuses.length > 1 ? (
                <Field label={t("history.edit.status")}>
                  <RadioGroup
                    value={edit.status}
                    onChange={(_event, data) => setEdit({ ...edit, status: data.value as ExperimentStatus })}
                  >
                    {statuses.map((status) => (
                      <Radio key={status} value={status} label={statusLabel(status)} />
                    ))}
                  </RadioGroup>
                </Field>
              ) : (
                <p>{t("history.edit.closed", { status: statusLabel(experiment.status) })}</p>
              )}
              <Field
                label={t("history.edit.outcome")}
                hint={t("history.edit.outcomeHint")}
                required={edit.status === "done"}
                validationState={tried && problem ? "error" : "none"}
                validationMessage={tried && problem ? t(`history.edit.${problem}`) : undefined}
              >
                <Textarea
                  value={edit.outcome}
                  resize="vertical"
                  rows={4}
                  onChange={(_event, data) => setEdit({ ...edit, outcome: data.value })}
                />
              </Field>
              {error !== null && <ProblemState error={error} />}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={saving}>
                {saving ? t("history.edit.saving") : t("history.edit.save")}
              </Button>
              <Button type="button" onClick={onClose}>
                {t("history.edit.cancel")}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
