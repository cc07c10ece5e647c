import type { AnswerView, RoundView } from "@learning-loop/contract";
import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../i18n/i18n";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  author: { display: "block", color: tokens.colorNeutralForeground3 },
});

export const authorLabel = (answer: AnswerView) =>
  answer.anonymous
    ? t("answer.anonymous")
    : answer.mine
      ? t("answer.you")
      : (answer.author?.name ?? t("answer.anonymous"));

export function AnswerList({ round, headingLevel = 2 }: { round: RoundView; headingLevel?: 2 | 3 }) {
  const styles = useStyles();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-label={t("round.answers")}>
      <Heading style={{ fontSize: tokens.fontSizeBase300, margin: "0 0 8px" }}>{t("round.answers")}</Heading>
      {round.answersHidden && <Text>{t("round.hidden")}</Text>}
      {round.answers.length === 0 && !round.answersHidden ? (
        <Text>{t("round.noAnswers")}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("round.answers")}>
          {round.answers.map((answer) => (
            <li key={answer.id} className={styles.item}>
              <Caption1 className={styles.author}>{authorLabel(answer)}</Caption1>
              <Text>{answer.text}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
