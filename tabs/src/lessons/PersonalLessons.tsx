import type { LessonsAccessView } from "@learning-loop/contract";
import { makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useState } from "react";
import { t } from "../i18n/i18n";
import LessonsFeed from "./LessonsFeed";
import { loadAccess } from "./lessons-api";

// Only a tenant admin's page loads the admin section's code (docs/lessons.md, "Tenant admin").
const TenantAdmin = lazy(() => import("./admin/TenantAdmin"));

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
 * feed with no team of its own, so lessons are tried in a team the person picks. A tenant admin also
 * gets the "Tenant admin" section: the feed on or off for the organization, and erasing a person.
 */
export default function PersonalLessons() {
  const styles = useStyles();
  const [message, setMessage] = useState("");
  const announce = useCallback((text: string) => setMessage(text), []);
  const [access, setAccess] = useState<LessonsAccessView | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    // Without an answer the page stays a reader's page: the feed shows its own problems.
    loadAccess(controller.signal).then(setAccess, () => undefined);
    return () => controller.abort();
  }, []);

  const switched = useCallback(
    (feedEnabled: boolean) => setAccess((current) => current && { ...current, feedEnabled }),
    [],
  );

  return (
    <main className={styles.page}>
      <h1 className={styles.title}>{t("lessons.title")}</h1>
      {access?.admin && (
        <Suspense fallback={null}>
          <TenantAdmin feedEnabled={access.feedEnabled} onFeedEnabled={switched} announce={announce} />
        </Suspense>
      )}
      <LessonsFeed scope={null} announce={announce} feedEnabled={access?.feedEnabled ?? null} />
      <div role="status" aria-live="polite" className={styles.status}>
        {message}
      </div>
    </main>
  );
}
