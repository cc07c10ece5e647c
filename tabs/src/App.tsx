import { Button, FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { Component, Suspense, lazy, use, useEffect } from "react";
import type { ErrorInfo, ReactNode } from "react";
import {
  isLanguageLoaded,
  loadAllMessages,
  loadLanguage,
  messageDirection,
  messageLanguage,
  setLocale,
  t,
} from "./i18n/i18n";
import { SidePanel } from "./side-panel/SidePanel";
import { Loading } from "./side-panel/ui";
import { registerAppCaching } from "./teams/app-caching";
import { whenIdle } from "./ui/when-idle";
import { notifyShellRendered } from "./teams/teams-context";
import type { TeamsInfo } from "./teams/teams-context";
import { useTeamsContext, useTheme } from "./teams/use-teams";

// Only the side panel is in the first bundle: every other page loads when its frame context asks.
const MeetingStage = lazy(() => import("./stage/MeetingStage").then((m) => ({ default: m.MeetingStage })));
const History = lazy(() =>
  Promise.all([import("./history/History"), loadAllMessages()]).then(([m]) => ({ default: m.History })),
);
const Config = lazy(() =>
  Promise.all([import("./config/Config"), loadAllMessages()]).then(([m]) => ({ default: m.Config })),
);
const NotInTeams = lazy(() => import("./not-in-teams/NotInTeams").then((m) => ({ default: m.NotInTeams })));

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxSizing: "border-box",
  },
});

export function App() {
  const teams = useTeamsContext();
  const { name: theme, theme: fluentTheme } = useTheme(
    teams.status === "ready" ? teams.info.theme : undefined,
  );
  const styles = useStyles();
  if (teams.status === "ready") setLocale(teams.info.locale);
  const language = messageLanguage();
  const dir = messageDirection();
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = dir;
  }, [language, dir]);
  useEffect(() => {
    // The page behind the frame shows through while scrolling; keep it in the theme's colours.
    document.documentElement.style.colorScheme = theme === "default" ? "light" : "dark";
  }, [theme]);
  return (
    <FluentProvider theme={fluentTheme} dir={dir} className={styles.root}>
      {teams.status === "connecting" && <Loading label={t("app.connecting")} />}
      {teams.status === "outside" && (
        <Suspense fallback={null}>
          <NotInTeams />
        </Suspense>
      )}
      {teams.status === "failed" && <p role="alert">{t("app.failed", { message: teams.message })}</p>}
      {teams.status === "ready" && <Shell info={teams.info} />}
    </FluentProvider>
  );
}

/** The page for the frame context; Teams hears "ready" as soon as this first renders. */
function Shell({ info }: { info: TeamsInfo }) {
  useEffect(() => {
    notifyShellRendered();
    // Teams may keep the side panel cached between openings; the handlers for that are registered
    // once the panel has become interactive, as they are not needed before.
    if (info.page === "sidePanel") return whenIdle(registerAppCaching);
  }, [info.page]);
  return (
    <PageBoundary>
      <Suspense fallback={<Loading label={t("common.loading")} />}>
        <InLanguage />
        <PageFor info={info} />
      </Suspense>
    </PageBoundary>
  );
}

function PageFor({ info }: { info: TeamsInfo }): ReactNode {
  // Without a team or chat, Teams opened the personal app (the static tab "Learning from other
  // teams"); the history's chunk brings it, so the side panel's first bundle does not grow.
  if (!info.scope) return <History scope={null} />;
  switch (info.page) {
    case "sidePanel":
      return <SidePanel scope={info.scope} meetingId={info.meetingId} userName={info.userName} />;
    case "meetingStage":
      return <MeetingStage scope={info.scope} meetingId={info.meetingId} />;
    case "settings":
      return <Config scope={info.scope} />;
    default:
      return <History scope={info.scope} />;
  }
}

/** Holds the page back until the reader's language is in (no wait for English, the first bundle's). */
function InLanguage() {
  if (!isLanguageLoaded()) use(loadLanguage());
  return null;
}

/** A page that fails to load or render (a lazy chunk missing after a deployment) says so and offers a reload. */
class PageBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("Learning Loop page failed", error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" style={{ padding: 16 }}>
        <p>{t("app.pageFailed")}</p>
        <Button onClick={() => location.reload()}>{t("app.reload")}</Button>
      </div>
    );
  }
}
