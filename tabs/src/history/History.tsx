import type { ScopeView } from "@learning-loop/contract";
import { Spinner, Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useState } from "react";
import { callApi, scopePath } from "../api/api-client";
import { t } from "../i18n/i18n";
import { AskHistoryPart } from "../ai/lazy";
import { ExperimentsBoard } from "./ExperimentsBoard";
import { ExportButtons } from "./ExportButtons";
import { Timeline } from "./Timeline";
import { usePageContext } from "../teams/use-page-context";

// The charts are a chunk of their own: most visits never open them.
const Insights = lazy(() => import("../insights/Insights"));
const MyExperiments = lazy(() => import("../owners/MyExperiments"));

const useStyles = makeStyles({
  page: {
    boxSizing: "border-box",
    height: "100vh",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  panel: {
    flex: "1 1 auto",
    minHeight: 0,
    display: "flex",
    flexDirection: "column",
    overflowY: "auto",
    paddingBottom: tokens.spacingVerticalM,
    paddingRight: tokens.spacingHorizontalXS,
  },
  timelinePanel: { overflowY: "hidden" },
  hidden: { display: "none" },
  status: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

type View = "timeline" | "board" | "mine" | "insights";
const VIEWS: readonly View[] = ["timeline", "board", "mine", "insights"];

/**
 * The history tab (channel tab, meeting chat tab, meeting details tab): the timeline, the
 * experiments board and the insights, plus export. Views stay mounted once opened, so switching
 * back keeps the scroll position and what was loaded.
 */
export function History({ scope }: { scope: string }) {
  const styles = useStyles();
  const context = usePageContext();
  const timeZone = useScopeTimeZone(scope);
  const [view, setView] = useState<View>("timeline");
  const [visited, setVisited] = useState<ReadonlySet<View>>(new Set(["timeline"]));
  const [message, setMessage] = useState("");
  const announce = useCallback((text: string) => setMessage(text), []);

  const select = (next: View) => {
    setView(next);
    setVisited((previous) => new Set([...previous, next]));
  };

  const ready = context !== null && timeZone !== null;

  return (
    <main className={styles.page}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t("history.title")}</h1>
        {context && <ExportButtons scope={scope} clientType={context.clientType} announce={announce} />}
      </div>
      <AskHistoryPart scope={scope} />
      <TabList
        selectedValue={view}
        onTabSelect={(_event, data) => select(data.value as View)}
        aria-label={t("history.views")}
      >
        {VIEWS.map((name) => (
          <Tab key={name} id={`tab-${name}`} value={name} aria-controls={`panel-${name}`}>
            {t(`history.view.${name}`)}
          </Tab>
        ))}
      </TabList>
      {!ready ? (
        <Spinner label={t("history.loading")} />
      ) : (
        VIEWS.filter((name) => visited.has(name)).map((name) => (
          <div
            key={name}
            id={`panel-${name}`}
            role="tabpanel"
            aria-labelledby={`tab-${name}`}
            hidden={view !== name}
            className={mergeClasses(
              styles.panel,
              name === "timeline" && styles.timelinePanel,
              view !== name && styles.hidden,
            )}
          >
            {name === "timeline" && (
              <Timeline scope={scope} timeZone={timeZone} context={context} announce={announce} />
            )}
            {name === "board" && (
              <ExperimentsBoard
                scope={scope}
                timeZone={timeZone}
                locale={context.locale}
                announce={announce}
              />
            )}
            {name === "mine" && (
              <Suspense fallback={<Spinner label={t("history.loading")} />}>
                <MyExperiments announce={announce} />
              </Suspense>
            )}
            {name === "insights" && (
              <Suspense fallback={<Spinner label={t("history.insights.loading")} />}>
                <Insights scope={scope} locale={context.locale} />
              </Suspense>
            )}
          </div>
        ))
      )}
      <div role="status" aria-live="polite" className={styles.status}>
        {message}
      </div>
    </main>
  );
}

/**
 * The scope's time zone, which decides what "this week" means for the team. When the settings
 * cannot be read the timeline still works, grouped by UTC weeks.
 */
function useScopeTimeZone(scope: string): string | null {
  const [timeZone, setTimeZone] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    callApi<ScopeView>(scopePath(scope), { signal: controller.signal }).then(
      (result) => setTimeZone(result.data.timezone),
      () => !controller.signal.aborted && setTimeZone("UTC"),
    );
    return () => controller.abort();
  }, [scope]);
  return timeZone;
}
