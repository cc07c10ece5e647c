import { Spinner, Title1, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../i18n/i18n";
import { AnswerList } from "../side-panel/AnswerList";
import { useRound } from "../side-panel/use-round";

const useStyles = makeStyles({
  stage: { padding: tokens.spacingHorizontalXXL, fontSize: tokens.fontSizeBase500 },
});

/** The meeting stage: the round's prompt and answers, large and read-only, updating live. */
export function MeetingStage({ scope, meetingId }: { scope: string; meetingId: string | null }) {
  const styles = useStyles();
  const { round, loading } = useRound(scope, meetingId);
  if (loading) return <Spinner label={t("common.loading")} />;
  return (
    <main className={styles.stage}>
      <Title1 as="h1">{round?.promptText ?? t("round.none")}</Title1>
      {round && <AnswerList round={round} />}
    </main>
  );
}
