import type { PromptsResponse, RoundView } from "@learning-loop/contract";
import {
  Button,
  Card,
  Caption1,
  Field,
  Spinner,
  Text,
  Textarea,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { ApiError, callApi, scopePath } from "../api/api-client";
import { ProblemState } from "../auth/ProblemState";
import { t } from "../i18n/i18n";
import { AnswerList } from "./AnswerList";
import { useRound } from "./use-round";
import { ANSWER_MAX, codePointLength } from "@learning-loop/contract";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  prompt: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  hint: { color: tokens.colorNeutralForeground3 },
});

export function SidePanel({ scope, meetingId }: { scope: string; meetingId: string | null }) {
  const styles = useStyles();
  const { round, loading, error, adopt, refresh } = useRound(scope, meetingId);
  const [prompts, setPrompts] = useState<PromptsResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);

  useEffect(() => {
    callApi<PromptsResponse>(`${scopePath(scope)}/prompts`).then(
      (result) => "data" in result && setPrompts(result.data),
      (failure: unknown) => setActionError(failure),
    );
  }, [scope]);

  const start = async () => {
    if (!prompts) return;
    setBusy(true);
    setActionError(null);
    try {
      const result = await callApi<RoundView>(`${scopePath(scope)}/rounds`, {
        method: "POST",
        body: { id: crypto.randomUUID(), promptId: prompts.today.id, ...(meetingId ? { meetingId } : {}) },
      });
      if ("data" in result) adopt(result.data);
    } catch (failure) {
      setActionError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (loading) return <Spinner label={t("common.loading")} />;
  // Without access there is nothing to start or answer: show only what the person can do about it.
  if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
    return (
      <main className={styles.panel} aria-label={t("app.title")}>
        <ProblemState error={error} />
      </main>
    );
  }
  return (
    <main className={styles.panel} aria-label={t("app.title")}>
      {Boolean(error || actionError) && <ProblemState error={error ?? actionError} />}
      {round ? (
        <>
          <Card>
            <Caption1>{t("round.live")}</Caption1>
            <Title3 as="h1" className={styles.prompt}>
              {round.promptText}
            </Title3>
            <Caption1>{t("round.answerCount", { count: round.answerCount })}</Caption1>
          </Card>
          {round.status === "open" && <Composer scope={scope} round={round} onShared={refresh} />}
          <AnswerList round={round} />
        </>
      ) : (
        <Card>
          <Caption1>{t("prompt.today")}</Caption1>
          <Title3 as="h1" className={styles.prompt}>
            {prompts?.today.text ?? "…"}
          </Title3>
          {prompts && <Text className={styles.hint}>{prompts.today.hint}</Text>}
          <Text>{t("round.none")}</Text>
          <Button appearance="primary" disabled={!prompts || busy} onClick={start}>
            {busy ? t("prompt.starting") : t("prompt.start")}
          </Button>
        </Card>
      )}
    </main>
  );
}

function Composer({
  scope,
  round,
  onShared,
}: {
  scope: string;
  round: RoundView;
  onShared: () => Promise<void>;
}) {
  const [text, setText] = useState("");
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const length = codePointLength(text.trim());
  const tooLong = length > ANSWER_MAX;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim() || tooLong || sending) return;
    setSending(true);
    setFailure(null);
    try {
      await callApi(`${scopePath(scope)}/rounds/${encodeURIComponent(round.id)}/answers`, {
        method: "POST",
        body: { id: crypto.randomUUID(), text: text.trim() },
      });
      setText("");
      await onShared();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={submit}>
      <Field
        label={t("composer.label")}
        hint={t("composer.count", { count: length, max: ANSWER_MAX })}
        validationState={tooLong || failure ? "error" : "none"}
        validationMessage={failure ?? undefined}
      >
        <Textarea
          value={text}
          placeholder={t("composer.placeholder")}
          onChange={(_event, data) => setText(data.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) void submit();
          }}
          resize="vertical"
        />
      </Field>
      <Button
        type="submit"
        appearance="primary"
        disabled={!text.trim() || tooLong || sending}
        style={{ marginTop: 8 }}
      >
        {t("composer.share")}
      </Button>
    </form>
  );
}
