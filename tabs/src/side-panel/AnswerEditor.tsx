import type { AnswerView, RoundView } from "@learning-loop/contract";
import { Button, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { callApi, isStatus, scopePath } from "../api/api-client";
import { t } from "../i18n/i18n";
import { ANSWER_LIMIT, codePoints } from "./limits";
import { withAnswer, withoutAnswer } from "./round-logic";
import { FormField } from "./ui";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  body: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
});

export interface AnswerEditorProps {
  mode: "edit" | "delete";
  round: RoundView;
  answer: AnswerView;
  update(change: (round: RoundView | null) => RoundView | null): void;
  refresh(): void;
  announce(message: string): void;
  /** Back to the answer; `removed` when it is gone, so focus can move to the list. */
  onDone(result: { removed?: boolean; notice?: string; problem?: unknown }): void;
}

/**
 * Loaded when the author edits or deletes an answer. Both send the answer's ETag in If-Match; when
 * someone (the author in another window) changed it meanwhile, the API answers 412, the round is
 * reloaded and the person is told, with the edited text kept in the box.
 */
export default function AnswerEditor({
  mode,
  round,
  answer,
  update,
  refresh,
  announce,
  onDone,
}: AnswerEditorProps) {
  const styles = useStyles();
  const [text, setText] = useState(answer.text);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const path = `${scopePath(round.scope)}/rounds/${encodeURIComponent(round.id)}/answers/${encodeURIComponent(answer.id)}`;
  const length = codePoints(text.trim());

  const save = async () => {
    const trimmed = text.trim();
    if (!trimmed || length > ANSWER_LIMIT) return;
    setBusy(true);
    setNotice(null);
    try {
      const result = await callApi<AnswerView>(path, {
        method: "PATCH",
        body: { text: trimmed },
        ifMatch: answer.etag,
      });
      const saved = result.data;
      if (saved) update((current) => (current ? withAnswer(current, saved) : current));
      announce(t("answer.saved"));
      onDone({});
    } catch (failure) {
      if (isStatus(failure, 412)) {
        setNotice(t("answer.staleEdit"));
        refresh();
      } else onDone({ problem: failure });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    try {
      await callApi(path, { method: "DELETE", ifMatch: answer.etag });
      update((current) => (current ? withoutAnswer(current, answer.id) : current));
      announce(t("answer.deleted"));
      onDone({ removed: true });
    } catch (failure) {
      if (isStatus(failure, 412)) {
        refresh();
        onDone({ notice: t("answer.staleDelete") });
      } else onDone({ problem: failure });
    } finally {
      setBusy(false);
    }
  };

  if (mode === "delete") {
    return (
      <div className={styles.actions} role="group" aria-label={t("answer.deleteConfirm")}>
        <span className={styles.body}>{t("answer.deleteConfirm")}</span>
        <Button size="small" appearance="primary" disabled={busy} onClick={() => void remove()} autoFocus>
          {t("answer.deleteYes")}
        </Button>
        <Button size="small" onClick={() => onDone({})}>
          {t("answer.keep")}
        </Button>
      </div>
    );
  }

  return (
    <>
      <FormField
        label={t("answer.editLabel")}
        hint={t("composer.count", { count: length, max: ANSWER_LIMIT })}
        error={length > ANSWER_LIMIT ? t("composer.tooLong", { count: length - ANSWER_LIMIT }) : null}
      >
        {(control) => (
          <Textarea
            {...control}
            value={text}
            autoFocus
            onChange={(_event, data) => setText(data.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                void save();
              } else if (event.key === "Escape") {
                onDone({});
              }
            }}
            resize="vertical"
          />
        )}
      </FormField>
      {notice && (
        <p role="status" className={styles.body}>
          {notice}
        </p>
      )}
      <div className={styles.actions}>
        <Button
          size="small"
          appearance="primary"
          disabled={busy || !text.trim() || length > ANSWER_LIMIT}
          onClick={() => void save()}
        >
          {t("answer.save")}
        </Button>
        <Button size="small" onClick={() => onDone({})}>
          {t("answer.cancel")}
        </Button>
      </div>
    </>
  );
}
