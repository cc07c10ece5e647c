import type { AnswerView, RoundView } from "@learning-loop/contract";
import { makeStyles, tokens } from "@fluentui/react-components";
import { Loading } from "../side-panel/ui";
import { roundPromptText, t } from "../i18n/i18n";
import { useRound } from "../side-panel/use-round";

const useStyles = makeStyles({
  stage: {
    padding: `${tokens.spacingVerticalXXL} clamp(16px, 4vw, 64px)`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXL,
    maxWidth: "1600px",
    margin: "0 auto",
    boxSizing: "border-box",
  },
  kind: { fontSize: tokens.fontSizeBase500, color: tokens.colorNeutralForeground2, margin: 0 },
  prompt: {
    fontSize: "clamp(28px, 4vw, 48px)",
    lineHeight: 1.2,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    overflowWrap: "anywhere",
  },
  status: { fontSize: tokens.fontSizeBase500, color: tokens.colorNeutralForeground2, margin: 0 },
  answersHeading: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  grid: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 320px), 1fr))",
    gap: tokens.spacingHorizontalL,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  text: {
    fontSize: "clamp(20px, 2vw, 28px)",
    lineHeight: 1.35,
    margin: 0,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  author: { fontSize: tokens.fontSizeBase400, color: tokens.colorNeutralForeground2, margin: 0 },
});

/**
 * What the room sees: a shared screen, so it shows names only where the answer carries one (never
 * "You", never the author of an anonymous answer), and while the reveal mode hides answers it
 * shows none at all, only how many there are.
 */
export function stageAuthor(answer: AnswerView): string {
  return answer.anonymous || !answer.author ? t("stage.anonymous") : answer.author.name;
}

/** The meeting stage: the round's prompt and answers, large and read-only, updating live. */
export function MeetingStage({ scope, meetingId }: { scope: string; meetingId: string | null }) {
  const styles = useStyles();
  const { round, loading, failures } = useRound(scope, meetingId, { ignoreIdle: true });
  if (loading) return <Loading label={t("common.loading")} />;
  return (
    <main className={styles.stage} aria-label={t("stage.label")}>
      {round ? <StageRound round={round} /> : <h1 className={styles.prompt}>{t("stage.waiting")}</h1>}
      <p role="status" className={styles.status}>
        {failures >= 2 ? t("stage.trouble") : ""}
      </p>
    </main>
  );
}

function StageRound({ round }: { round: RoundView }) {
  const styles = useStyles();
  const hiddenText =
    round.revealMode === "afterAnswer" ? t("stage.hiddenAfterAnswer") : t("stage.hiddenOnReveal");
  return (
    <>
      <header>
        {round.kind && <p className={styles.kind}>{t(`kind.${round.kind}`)}</p>}
        <h1 className={styles.prompt}>{roundPromptText(round)}</h1>
      </header>
      <p className={styles.status}>
        {t("stage.count", { count: round.answerCount })}
        {round.status === "closed" ? ` · ${t("stage.closed")}` : ""}
      </p>
      {round.answersHidden ? (
        <p className={styles.status}>{hiddenText}</p>
      ) : round.answers.length === 0 ? (
        <p className={styles.status}>{t("stage.noAnswers")}</p>
      ) : (
        <section aria-labelledby="stage-answers">
          <h2 id="stage-answers" className={styles.answersHeading}>
            {t("stage.answers")}
          </h2>
          <ul className={styles.grid} aria-labelledby="stage-answers">
            {round.answers.map((answer) => (
              <li key={answer.id} className={styles.card}>
                <p className={styles.text}>{answer.text}</p>
                <p className={styles.author}>
                  {stageAuthor(answer)}
                  {answer.mode ? ` · ${t(`kind.${answer.mode}`)}` : ""}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
