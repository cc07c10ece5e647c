import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { t } from "../i18n/i18n";
import LessonsFeed from "./LessonsFeed";

const useStyles = makeStyles({
  page: {
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    maxWidth: "960px",
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  status: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/**
 * The personal app "Learning from other teams" (a static tab, `personal` scope): the tenant's lesson
 * feed with no team of its own, so lessons are tried in a team the person picks.
 */
export default function PersonalLessons() {
  const styles = useStyles();
  const [message, setMessage] = useState("");
  const announce = useCallback((text: string) => setMessage(text), []);
  return (
    <main className={styles.page}>
      <h1 className={styles.title}>{t("lessons.title")}</h1>
      <LessonsFeed scope={null} announce={announce} />
      <div role="status" aria-live="polite" className={styles.status}>
        {message}
      </div>
    </main>
  );
}
