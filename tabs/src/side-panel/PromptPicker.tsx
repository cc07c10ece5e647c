import type { LearningMode, PromptKind, PromptView, PromptsResponse } from "@learning-loop/contract";
import {
  Button,
  Checkbox,
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
import { callApi, scopePath } from "../api/api-client";
import { ProblemState } from "../auth/ProblemState";
import { t } from "../i18n/i18n";
import { PROMPT_KINDS, PROMPT_LIMIT, codePoints } from "./limits";
import type { PromptChoice } from "./PromptCard";
import { ModeSelect, TeamPromptItem } from "./TeamPromptItem";

const useStyles = makeStyles({
  surface: {
    maxWidth: "min(600px, calc(100vw - 16px))",
    padding: tokens.spacingHorizontalL,
    boxSizing: "border-box",
  },
  content: {
    maxHeight: "60vh",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupHeading: { fontSize: tokens.fontSizeBase300, margin: 0 },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  option: {
    fontWeight: tokens.fontWeightRegular,
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    whiteSpace: "normal",
    height: "auto",
    minHeight: "32px",
  },
  writeIn: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The order a facilitator scans: the weekly questions first, then reviews, the modes, safety. */
const KIND_ORDER: PromptKind[] = [
  "weekly",
  "afterAction",
  ...PROMPT_KINDS.filter((kind) => kind !== "weekly" && kind !== "afterAction"),
];

interface Group {
  key: string;
  title: string;
  prompts: PromptView[];
}

export function groupPrompts(prompts: PromptView[]): Group[] {
  const groups: Group[] = KIND_ORDER.map((kind) => ({
    key: kind,
    title: t(`kind.${kind}`),
    prompts: prompts.filter((prompt) => prompt.source === "library" && prompt.kind === kind),
  }));
  groups.push({
    key: "team",
    title: t("picker.team"),
    prompts: prompts.filter((prompt) => prompt.source === "custom"),
  });
  return groups.filter((group) => group.prompts.length > 0);
}

/** Loaded on demand: the prompt library by kind, the team's own prompts, and a write-in. */
export default function PromptPicker({
  open,
  scope,
  prompts,
  selectedId,
  onChoose,
  onPromptAdded,
  onClose,
}: {
  open: boolean;
  scope: string;
  prompts: PromptsResponse;
  selectedId: string | null;
  onChoose(choice: PromptChoice): void;
  onPromptAdded(): void;
  onClose(): void;
}) {
  const styles = useStyles();
  const [writeIn, setWriteIn] = useState("");
  const [keep, setKeep] = useState(false);
  const [mode, setMode] = useState<LearningMode | "">("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const length = codePoints(writeIn.trim());

  const chooseWriteIn = async () => {
    const text = writeIn.trim();
    if (!text || length > PROMPT_LIMIT) return;
    if (!keep) {
      onChoose({ writeIn: text });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const result = await callApi<PromptView>(`${scopePath(scope)}/prompts`, {
        method: "POST",
        body: { id: crypto.randomUUID(), text, ...(mode ? { kind: mode } : {}) },
      });
      onPromptAdded();
      onChoose(result.data ? { prompt: result.data } : { writeIn: text });
    } catch (failure) {
      setProblem(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_event, data) => data.open || onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t("picker.title")}</DialogTitle>
          <DialogContent className={styles.content}>
            {groupPrompts(prompts.prompts).map((group) => (
              <section key={group.key} className={styles.group} aria-labelledby={`kind-${group.key}`}>
                <h3 id={`kind-${group.key}`} className={styles.groupHeading}>
                  {group.title}
                </h3>
                <ul className={styles.list}>
                  {group.prompts.map((prompt) =>
                    group.key === "team" ? (
                      <TeamPromptItem
                        key={`${prompt.id}-${prompt.etag ?? ""}`}
                        scope={scope}
                        prompt={prompt}
                        optionClassName={styles.option}
                        selected={prompt.id === selectedId}
                        onChoose={() => onChoose({ prompt })}
                        onChanged={onPromptAdded}
                      />
                    ) : (
                      <li key={prompt.id}>
                        <Button
                          appearance={prompt.id === selectedId ? "outline" : "subtle"}
                          className={styles.option}
                          aria-current={prompt.id === selectedId ? "true" : undefined}
                          onClick={() => onChoose({ prompt })}
                        >
                          {prompt.text}
                        </Button>
                      </li>
                    ),
                  )}
                </ul>
              </section>
            ))}
            <section className={styles.writeIn} aria-labelledby="kind-write-in">
              <h3 id="kind-write-in" className={styles.groupHeading}>
                {t("picker.writeIn")}
              </h3>
              <Field
                label={t("picker.writeInLabel")}
                hint={t("composer.count", { count: length, max: PROMPT_LIMIT })}
                validationState={length > PROMPT_LIMIT ? "error" : "none"}
              >
                <Textarea value={writeIn} onChange={(_event, data) => setWriteIn(data.value)} />
              </Field>
              <Checkbox
                checked={keep}
                onChange={(_event, data) => setKeep(data.checked === true)}
                label={t("picker.keep")}
              />
              {keep && <ModeSelect value={mode} onChange={setMode} />}
              <div>
                <Button
                  appearance="primary"
                  disabled={busy || !writeIn.trim() || length > PROMPT_LIMIT}
                  onClick={() => void chooseWriteIn()}
                >
                  {t("picker.use")}
                </Button>
              </div>
              {Boolean(problem) && <ProblemState error={problem} />}
            </section>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t("picker.close")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
