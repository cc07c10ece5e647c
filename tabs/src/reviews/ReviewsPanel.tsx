import type { AnswerView, RoundView } from "@learning-loop/contract";
import { ANSWER_MAX, REVIEW_QUESTION_COUNT } from "@learning-loop/contract";
import { Button, Link, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useState } from "react";
import type { FormEvent } from "react";
import { callApi, scopePath } from "../api/api-client";
import { formatDateTime, t } from "../i18n/i18n";
import { Problem } from "../side-panel/Problem";
import { Caption, FormField, SwitchField } from "../side-panel/ui";
import { isSuspended, onSuspendedChange } from "../teams/app-caching";
import { answersByQuestion, hintKey, kindKey, questionKey, reviewDrafts, sourceKey } from "./review-logic";

/** How often an open panel asks for new reviews: an event may start one during the stand-up. */
const REVIEWS_REFRESH_MS = 60_000;

const useStyles = makeStyles({
  region: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  heading: { fontSize: tokens.fontSizeBase300, margin: 0 },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  text: { margin: 0, fontSize: tokens.fontSizeBase300 },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  answers: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  answer: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  answerText: { margin: 0, whiteSpace: "pre-wrap", fontSize: tokens.fontSizeBase300 },
  subheading: { fontSize: tokens.fontSizeBase200, margin: 0, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

interface ReviewsPanelProps {
  scope: string;
  anonymousDefault: boolean | undefined;
  announce(message: string): void;
  /** "Try this": the side panel's experiment dialog, as for any answer. */
  onTry(answer: AnswerView): void;
}

/**
 * The scope's pending after-action reviews, beside (never instead of) the day's prompt: each asks
 * its four questions with one short answer each, shows what the team said, and lets an owner close
 * it. Loaded after the round, as a part of its own.
 */
export default function ReviewsPanel({ scope, anonymousDefault, announce, onTry }: ReviewsPanelProps) {
  const [reviews, setReviews] = useState<RoundView[]>([]);

  const reload = useCallback(async () => {
    try {
      const result = await callApi<{ items: RoundView[] }>(`${scopePath(scope)}/reviews`);
      setReviews(result.data.items);
    } catch {
      // Reviews are extra: if they cannot load, the round goes on without them.
    }
  }, [scope]);

  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === "visible" && !isSuspended()) void reload();
    };
    refresh();
    const timer = setInterval(refresh, REVIEWS_REFRESH_MS);
    document.addEventListener("visibilitychange", refresh);
    const stop = onSuspendedChange((suspended) => {
      if (!suspended) refresh();
    });
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", refresh);
      stop();
    };
  }, [reload]);

  if (reviews.length === 0) return null;
  return (
    <>
      {reviews.map((review) => (
        <Review
          key={review.id}
          scope={scope}
          review={review}
          anonymousDefault={anonymousDefault ?? false}
          announce={announce}
          onTry={onTry}
          onChanged={reload}
        />
      ))}
    </>
  );
}

function Review({
  scope,
  review,
  anonymousDefault,
  announce,
  onTry,
  onChanged,
}: {
  scope: string;
  review: RoundView;
  anonymousDefault: boolean;
  announce(message: string): void;
  onTry(answer: AnswerView): void;
  onChanged(): Promise<void>;
}) {
  const styles = useStyles();
  const headingId = useId();
  const [texts, setTexts] = useState<string[]>(() => Array.from({ length: REVIEW_QUESTION_COUNT }, () => ""));
  const [anonymous, setAnonymous] = useState(anonymousDefault);
  const [busy, setBusy] = useState<"sending" | "closing" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const event = review.review;
  if (!event) return null;
  const groups = answersByQuestion(review);
  const base = `${scopePath(scope)}/rounds/${review.id}`;

  async function send(formEvent: FormEvent) {
    formEvent.preventDefault();
    const drafts = reviewDrafts(texts);
    if (drafts.length === 0) {
      setError(t("review.empty"));
      return;
    }
    setError(null);
    setProblem(null);
    setBusy("sending");
    try {
      for (const draft of drafts) {
        await callApi(`${base}/answers`, {
          method: "POST",
          body: { id: crypto.randomUUID(), text: draft.text, anonymous, question: draft.question },
        });
      }
      setTexts(texts.map(() => ""));
      announce(t("review.sent", { count: drafts.length }));
      await onChanged();
    } catch (failure) {
      setProblem(failure);
    } finally {
      setBusy(null);
    }
  }

  async function close() {
    setProblem(null);
    setBusy("closing");
    try {
      await callApi(`${base}/close`, { method: "POST" });
      announce(t("review.closed"));
      await onChanged();
    } catch (failure) {
      setProblem(failure);
      setBusy(null);
    }
  }

  const source = t(sourceKey(event.source));
  return (
    <section className={styles.region} aria-labelledby={headingId}>
      <h2 className={styles.heading}>{t("review.title")}</h2>
      <p id={headingId} className={styles.title}>
        {t(kindKey(event.kind))}: {event.title}
      </p>
      <Caption>
        {t("review.from", { source, time: formatDateTime(event.receivedAt) })}
        {event.url && (
          <>
            {" · "}
            <Link href={event.url} target="_blank" rel="noreferrer noopener">
              {t("review.openEvent", { source })}
            </Link>
          </>
        )}
      </Caption>
      <p className={styles.text}>{t("review.intro")}</p>
      <form className={styles.form} onSubmit={(formEvent) => void send(formEvent)} noValidate>
        {texts.map((text, index) => (
          <FormField key={index} label={t(questionKey(index))} hint={t(hintKey(index))}>
            {(control) => (
              <Textarea
                {...control}
                value={text}
                maxLength={ANSWER_MAX}
                resize="vertical"
                onChange={(_event, data) =>
                  setTexts(texts.map((old, at) => (at === index ? data.value : old)))
                }
              />
            )}
          </FormField>
        ))}
        <SwitchField label={t("review.anonymous")} checked={anonymous} onChange={setAnonymous} />
        {error && (
          <p role="alert" className={styles.text}>
            {error}
          </p>
        )}
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={busy !== null}>
            {busy === "sending" ? t("review.sending") : t("review.send")}
          </Button>
          {review.canManage && (
            <Button
              type="button"
              disabled={busy !== null}
              aria-label={t("review.closeLabel", { title: event.title })}
              onClick={() => void close()}
            >
              {busy === "closing" ? t("review.closing") : t("review.close")}
            </Button>
          )}
        </div>
      </form>
      {Boolean(problem) && <Problem error={problem} />}
      {review.answersHidden && <Caption>{t("review.hidden")}</Caption>}
      {groups.map((answers, index) =>
        answers.length === 0 ? null : (
          <div key={index}>
            <h3 className={styles.subheading}>{t("review.answers", { question: t(questionKey(index)) })}</h3>
            <ul className={styles.answers}>
              {answers.map((answer) => (
                <li key={answer.id} className={styles.answer}>
                  <p className={styles.answerText}>{answer.text}</p>
                  <div className={styles.actions}>
                    <Caption>
                      {answer.anonymous
                        ? answer.mine
                          ? t("answer.youAnonymous")
                          : t("answer.anonymous")
                        : answer.mine
                          ? t("answer.you")
                          : (answer.author?.name ?? t("answer.anonymous"))}
                    </Caption>
                    <Button
                      size="small"
                      appearance="subtle"
                      aria-label={t("review.tryLabel", { text: answer.text.slice(0, 80) })}
                      onClick={() => onTry(answer)}
                    >
                      {t("review.try")}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}
