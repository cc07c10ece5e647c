import type { AiSynthesis, RoundView } from "@learning-loop/contract";
import { Badge, Button, Field, Input, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { callApi, scopePath } from "../api/api-client";
import { addMessages, t } from "../i18n/i18n";
import { copyText } from "../history/copy-text";
import { aiFailureText } from "./ai-failure";
import { forgetAiStatus, useAiEnabled } from "./ai-status";
import { ai } from "./messages";
import { useSuggestionStyles } from "./suggestion-styles";

addMessages(ai);

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  theme: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  quotes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

interface EditableTheme {
  title: string;
  summary: string;
  answerIds: string[];
}

type State =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "failed"; message: string }
  | { kind: "shown"; themes: EditableTheme[] };

/**
 * (1) After a round closed: "Suggest themes (AI)" asks for its themes on a person's click. They
 * show labelled as AI, each editable and citing the answers it came from; "Copy" is the only way
 * they leave the page, and "Dismiss" drops them. Nothing shows while the round is open.
 */
export default function RoundThemes({ round }: { round: RoundView }) {
  const styles = useStyles();
  const suggestion = useSuggestionStyles();
  const headingId = useId();
  const enabled = useAiEnabled(round.scope);
  const [state, setState] = useState<State>({ kind: "idle" });
  const [copied, setCopied] = useState<string | null>(null);
  if (!enabled || round.status !== "closed" || round.answers.length === 0) return null;

  const suggest = async () => {
    setState({ kind: "loading" });
    try {
      const { data } = await callApi<AiSynthesis>(
        `${scopePath(round.scope)}/rounds/${encodeURIComponent(round.id)}/synthesis`,
        { method: "POST" },
      );
      setState({ kind: "shown", themes: data.themes.map((theme) => ({ ...theme })) });
    } catch (error) {
      setState({ kind: "failed", message: aiFailureText(error) });
    } finally {
      forgetAiStatus(round.scope);
    }
  };

  if (state.kind !== "shown") {
    return (
      <div className={styles.actions}>
        <Button onClick={suggest} disabled={state.kind === "loading"}>
          {t("ai.themes.action")}
        </Button>
        {state.kind === "loading" && <Text role="status">{t("ai.themes.loading")}</Text>}
        {state.kind === "failed" && <Text role="alert">{state.message}</Text>}
      </div>
    );
  }

  const edit = (index: number, change: Partial<EditableTheme>) =>
    setState({
      kind: "shown",
      themes: state.themes.map((theme, at) => (at === index ? { ...theme, ...change } : theme)),
    });
  const answerText = (id: string) => round.answers.find((answer) => answer.id === id)?.text;
  const copy = async () => {
    const text = state.themes.map((theme) => `${theme.title}\n${theme.summary}`).join("\n\n");
    setCopied((await copyText(text)) ? t("ai.copied") : t("ai.copyFailed"));
  };

  return (
    <section className={suggestion.suggestion} aria-labelledby={headingId}>
      <div className={suggestion.header}>
        <h5 id={headingId} className={styles.heading}>
          {t("ai.themes.heading")}
        </h5>
        <Badge appearance="outline" color="brand">
          {t("ai.label")}
        </Badge>
      </div>
      <Text size={200}>{t("ai.note")}</Text>
      {state.themes.map((theme, index) => (
        <div key={index} className={styles.theme}>
          <Field label={t("ai.themes.title", { number: index + 1 })}>
            <Input value={theme.title} onChange={(_event, data) => edit(index, { title: data.value })} />
          </Field>
          <Field label={t("ai.themes.summary", { number: index + 1 })}>
            <Textarea
              value={theme.summary}
              resize="vertical"
              onChange={(_event, data) => edit(index, { summary: data.value })}
            />
          </Field>
          <Text size={200}>{t("ai.themes.from", { count: theme.answerIds.length })}</Text>
          <ul className={styles.quotes}>
            {theme.answerIds.map((id) => {
              const text = answerText(id);
              return text ? <li key={id}>{text}</li> : null;
            })}
          </ul>
        </div>
      ))}
      <div className={styles.actions}>
        <Button onClick={copy} aria-label={t("ai.themes.copy")}>
          {t("ai.copy")}
        </Button>
        <Button
          onClick={() => {
            setCopied(null);
            setState({ kind: "idle" });
          }}
          aria-label={t("ai.themes.dismiss")}
        >
          {t("ai.dismiss")}
        </Button>
        {copied && <Text role="status">{copied}</Text>}
      </div>
    </section>
  );
}
