import { LEARNING_MODES } from "@learning-loop/contract";
import type { LearningMode, PromptKind, PromptView } from "@learning-loop/contract";
import { Button, Field, Select, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { callApi, scopePath } from "../api/api-client";
import { ProblemState } from "../auth/ProblemState";
import { t } from "../i18n/i18n";
import { PROMPT_LIMIT, codePoints } from "./limits";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  choose: { flex: "1 1 auto" },
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The learning-mode select of a team's own prompt: one of the four modes, or none. */
export function ModeSelect({
  value,
  onChange,
}: {
  value: PromptKind | "";
  onChange(mode: LearningMode | ""): void;
}) {
  return (
    <Field label={t("picker.mode")}>
      <Select value={value} onChange={(_event, data) => onChange(data.value as LearningMode | "")}>
        <option value="">{t("picker.modeNone")}</option>
        {LEARNING_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {t(`kind.${mode}`)}
          </option>
        ))}
        {value !== "" && !(LEARNING_MODES as readonly string[]).includes(value) && (
          <option value={value}>{t(`kind.${value}`)}</option>
        )}
      </Select>
    </Field>
  );
}

/**
 * One of the team's own prompts in the picker: choose it, or edit its text and learning mode, or
 * remove it (any member may, as any member may add one). Rounds that used it keep their text.
 */
export function TeamPromptItem({
  scope,
  prompt,
  optionClassName,
  selected,
  onChoose,
  onChanged,
}: {
  scope: string;
  prompt: PromptView;
  optionClassName: string;
  selected: boolean;
  onChoose(): void;
  onChanged(): void;
}) {
  const styles = useStyles();
  const [state, setState] = useState<"view" | "edit" | "remove">("view");
  const [text, setText] = useState(prompt.text);
  const [mode, setMode] = useState<PromptKind | "">(prompt.kind ?? "");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const length = codePoints(text.trim());
  const path = `${scopePath(scope)}/prompts/${encodeURIComponent(prompt.id)}`;

  const send = async (request: Parameters<typeof callApi>[1]) => {
    setBusy(true);
    setProblem(null);
    try {
      await callApi(path, { ...request, ifMatch: prompt.etag ?? "*" });
      setState("view");
      onChanged();
    } catch (failure) {
      setProblem(failure);
    } finally {
      setBusy(false);
    }
  };

  if (state === "edit") {
    return (
      <li className={styles.form}>
        <Field
          label={t("picker.editText")}
          hint={t("composer.count", { count: length, max: PROMPT_LIMIT })}
          validationState={length > PROMPT_LIMIT ? "error" : "none"}
        >
          <Textarea value={text} onChange={(_event, data) => setText(data.value)} />
        </Field>
        <ModeSelect value={mode} onChange={setMode} />
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            disabled={busy || length === 0 || length > PROMPT_LIMIT}
            onClick={() =>
              void send({ method: "PATCH", body: { text: text.trim(), kind: mode === "" ? null : mode } })
            }
          >
            {t("picker.save")}
          </Button>
          <Button onClick={() => setState("view")}>{t("picker.cancel")}</Button>
        </div>
        {Boolean(problem) && <ProblemState error={problem} />}
      </li>
    );
  }

  if (state === "remove") {
    return (
      <li className={styles.form}>
        <Text>{t("picker.removeConfirm", { prompt: prompt.text })}</Text>
        <div className={styles.buttons}>
          <Button appearance="primary" disabled={busy} onClick={() => void send({ method: "DELETE" })}>
            {t("picker.removeYes")}
          </Button>
          <Button onClick={() => setState("view")}>{t("picker.removeNo")}</Button>
        </div>
        {Boolean(problem) && <ProblemState error={problem} />}
      </li>
    );
  }

  return (
    <li className={styles.row}>
      <Button
        appearance={selected ? "outline" : "subtle"}
        className={`${optionClassName} ${styles.choose}`}
        aria-current={selected ? "true" : undefined}
        onClick={onChoose}
      >
        {prompt.kind ? `${prompt.text} (${t(`kind.${prompt.kind}`)})` : prompt.text}
      </Button>
      <Button
        size="small"
        appearance="subtle"
        aria-label={t("picker.editLabel", { prompt: prompt.text })}
        onClick={() => {
          setText(prompt.text);
          setMode(prompt.kind ?? "");
          setProblem(null);
          setState("edit");
        }}
      >
        {t("picker.edit")}
      </Button>
      <Button
        size="small"
        appearance="subtle"
        aria-label={t("picker.removeLabel", { prompt: prompt.text })}
        onClick={() => {
          setProblem(null);
          setState("remove");
        }}
      >
        {t("picker.remove")}
      </Button>
    </li>
  );
}
