import type { AiAnswer, AiCitation } from "@learning-loop/contract";
import { AI_QUESTION_MAX, historyDeepLink } from "@learning-loop/contract";
import { Badge, Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { FormEvent } from "react";
import { callApi, scopePath } from "../api/api-client";
import { teamsAppId } from "../history/app-id";
import { addMessages, formatDate, t } from "../i18n/i18n";
import { aiFailureText } from "./ai-failure";
import { forgetAiStatus, useAiEnabled } from "./ai-status";
import { ai } from "./messages";
import { useSuggestionStyles } from "./suggestion-styles";

addMessages(ai);

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  form: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  field: { flexGrow: 1, minWidth: "240px" },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  text: { margin: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

type State =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "failed"; message: string }
  | { kind: "answered"; answer: AiAnswer };

/**
 * (3) In the history tab: a question to the team's own past, answered by the AI only from this
 * scope's history (the API's related search), with links to the rounds it cites. Shown only when
 * AI is on for the scope; the answer is labelled as AI and can be dismissed; nothing is saved.
 */
export default function AskHistory({ scope }: { scope: string }) {
  const styles = useStyles();
  const suggestion = useSuggestionStyles();
  const headingId = useId();
  const answerId = useId();
  const enabled = useAiEnabled(scope);
  const [question, setQuestion] = useState("");
  const [state, setState] = useState<State>({ kind: "idle" });
  if (!enabled) return null;

  const ask = async (event: FormEvent) => {
    event.preventDefault();
    const text = question.trim();
    if (!text) return;
    setState({ kind: "loading" });
    try {
      const { data } = await callApi<AiAnswer>(`${scopePath(scope)}/ai/ask`, {
        method: "POST",
        body: { question: text },
      });
      setState({ kind: "answered", answer: data });
    } catch (error) {
      setState({ kind: "failed", message: aiFailureText(error) });
    } finally {
      forgetAiStatus(scope);
    }
  };

  return (
    <section className={styles.box} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t("ai.ask.heading")}
      </h2>
      <form className={styles.form} onSubmit={ask}>
        <Field label={t("ai.ask.question")} className={styles.field}>
          <Input
            value={question}
            maxLength={AI_QUESTION_MAX}
            placeholder={t("ai.ask.placeholder")}
            onChange={(_event, data) => setQuestion(data.value)}
          />
        </Field>
        <Button type="submit" appearance="primary" disabled={state.kind === "loading" || !question.trim()}>
          {t("ai.ask.submit")}
        </Button>
      </form>
      {state.kind === "loading" && (
        <Text role="status" className={styles.meta}>
          {t("ai.ask.loading")}
        </Text>
      )}
      {state.kind === "failed" && <Text role="alert">{state.message}</Text>}
      {state.kind === "answered" &&
        (state.answer.answer === null ? (
          <Text role="status">{t("ai.ask.nothing")}</Text>
        ) : (
          <section className={suggestion.suggestion} aria-labelledby={answerId}>
            <div className={suggestion.header}>
              <h3 id={answerId} className={styles.subheading}>
                {t("ai.ask.answer")}
              </h3>
              <Badge appearance="outline" color="brand">
                {t("ai.label")}
              </Badge>
            </div>
            <p className={styles.text}>{state.answer.answer}</p>
            {state.answer.citations.length > 0 && (
              <>
                <h4 id={`${answerId}-sources`} className={styles.subheading}>
                  {t("ai.ask.sources")}
                </h4>
                <ul className={styles.list} aria-labelledby={`${answerId}-sources`}>
                  {state.answer.citations.map((citation, index) => (
                    <Citation key={index} citation={citation} />
                  ))}
                </ul>
              </>
            )}
            <Text size={200}>{t("ai.note")}</Text>
            <div>
              <Button onClick={() => setState({ kind: "idle" })} aria-label={t("ai.ask.dismiss")}>
                {t("ai.dismiss")}
              </Button>
            </div>
          </section>
        ))}
    </section>
  );
}

function Citation({ citation }: { citation: AiCitation }) {
  const styles = useStyles();
  const date = citation.roundAt ? formatDate(citation.roundAt) : null;
  const label =
    citation.kind === "answer"
      ? t("ai.ask.answerFrom", { date: date ?? "" })
      : date
        ? t("ai.ask.experimentFrom", { date })
        : t("ai.ask.experiment");
  const link = citation.roundId ? historyDeepLink(teamsAppId(), citation.roundId) : null;
  return (
    <li>
      <span className={styles.meta}>{label}</span>
      <p className={styles.text}>{citation.text}</p>
      {link && (
        <a
          href={link}
          target="_blank"
          rel="noreferrer"
          aria-label={date ? t("ai.ask.openNamed", { date }) : t("ai.ask.open")}
        >
          {t("ai.ask.open")}
        </a>
      )}
    </li>
  );
}
