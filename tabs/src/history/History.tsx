import type { ScopeView } from "@learning-loop/contract";
import { Spinner, Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from "react";
import { callApi, scopePath } from "../api/api-client";
import { decodeJwtPayload } from "../auth/jwt-claims";
import { rememberScope } from "../lessons/known-scopes";
import { LessonPublishingProvider } from "../lessons/LessonPublishingProvider";
import type { LessonPublishingState } from "../lessons/publish-context";
import { getAuthToken } from "../teams/auth-token";
import { t } from "../i18n/i18n";
import { AskHistoryPart } from "../ai/lazy";
import { ExperimentsBoard } from "./ExperimentsBoard";
import { ExportButtons } from "./ExportButtons";
import { Timeline } from "./Timeline";
import { usePageContext } from "../teams/use-page-context";

// The charts are a chunk of their own: most visits never open them.
const Insights = lazy(() => import("../insights/Insights"));
const MyExperiments = lazy(() => import("../owners/MyExperiments"));
const LessonsFeed = lazy(() => import("../lessons/LessonsFeed"));
const PersonalLessons = lazy(() => import("../lessons/PersonalLessons"));

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
  // In a narrow window (or a long language) the views wrap onto a second line instead of widening the page.
  tabs: { flexWrap: "wrap" },
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

type View = "timeline" | "board" | "mine" | "insights" | "lessons";
const VIEWS: readonly View[] = ["timeline", "board", "mine", "insights", "lessons"];
const viewLabel = (view: View) => (view === "lessons" ? t("lessons.tab") : t(`history.view.${view}`));

/**
 * The history tab (channel tab, meeting chat tab, meeting details tab): the timeline, the
 * experiments board and the insights, plus export. Views stay mounted once opened, so switching
 * back keeps the scroll position and what was loaded. Without a scope it is the personal app
 * (lessons/PersonalLessons.tsx), which comes with this page's chunk rather than the side panel's.
 */
export function History({ scope }: { scope: string | null }) {
  // No team or chat: the personal app "Learning from other teams" (a static tab in the manifest).
  if (scope === null) {
    return (
      <Suspense fallback={<Spinner label={t("lessons.loading")} />}>
        <PersonalLessons />
      </Suspense>
    );
  }
  return <TeamHistory scope={scope} />;
}

function TeamHistory({ scope }: { scope: string }) {
  const styles = useStyles();
  const context = usePageContext();
  const settings = useScopeSettings(scope);
  const timeZone = settings === undefined ? null : (settings?.timezone ?? "UTC");
  const [view, setView] = useState<View>("timeline");
  const [visited, setVisited] = useState<ReadonlySet<View>>(new Set(["timeline"]));
  const [message, setMessage] = useState("");
  const announce = useCallback((text: string) => setMessage(text), []);

  const select = (next: View) => {
    setView(next);
    setVisited((previous) => new Set([...previous, next]));
  };

  const ready = context !== null && timeZone !== null;
  const oid = useMyOid();
  const publishing = useMemo<LessonPublishingState | null>(
    () =>
      settings
        ? {
            scope,
            owner: settings.role === "owner",
            oid,
            publishing: settings.lessons.publishing,
            hideTeam: settings.lessons.hideTeam,
          }
        : null,
    [scope, settings, oid],
  );

  return (
    <LessonPublishingProvider state={publishing} announce={announce}>
      <main className={styles.page}>
        <div className={styles.header}>
          <h1 className={styles.title}>{t("history.title")}</h1>
          {context && <ExportButtons scope={scope} clientType={context.clientType} announce={announce} />}
        </div>
        <AskHistoryPart scope={scope} />
        <TabList
          className={styles.tabs}
          selectedValue={view}
          onTabSelect={(_event, data) => select(data.value as View)}
          aria-label={t("history.views")}
        >
          {VIEWS.map((name) => (
            <Tab key={name} id={`tab-${name}`} value={name} aria-controls={`panel-${name}`}>
              {viewLabel(name)}
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
              {name === "lessons" && (
                <Suspense fallback={<Spinner label={t("history.loading")} />}>
                  <LessonsFeed scope={scope} announce={announce} />
                </Suspense>
              )}
            </div>
          ))
        )}
        <div role="status" aria-live="polite" className={styles.status}>
          {message}
        </div>
      </main>
    </LessonPublishingProvider>
  );
}

/**
 * The scope's settings: its time zone decides what "this week" means for the team, its lesson
 * settings whether "Share with other teams" shows. Undefined while loading; null when they cannot
 * be read (the timeline still works, grouped by UTC weeks). Opening the history remembers the scope
 * for the personal app's "Try this in my team" (lessons/known-scopes.ts).
 */
function useScopeSettings(scope: string): ScopeView | null | undefined {
  const [settings, setSettings] = useState<ScopeView | null | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    callApi<ScopeView>(scopePath(scope), { signal: controller.signal }).then(
      (result) => {
        setSettings(result.data);
        rememberScope(scope, result.data.name);
      },
      () => !controller.signal.aborted && setSettings(null),
    );
    return () => controller.abort();
  }, [scope]);
  return settings;
}

/** The signed-in person's oid from their token, for the UI only (which experiments they own). */
function useMyOid(): string | null {
  const [oid, setOid] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    getAuthToken().then(
      (token) => {
        const claim = decodeJwtPayload(token)?.oid;
        if (live && typeof claim === "string") setOid(claim);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return oid;
}
