import {
  FluentProvider,
  Spinner,
  makeStyles,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { History } from "./history/History";
import { setLocale, t } from "./i18n/i18n";
import { NotInTeams } from "./not-in-teams/NotInTeams";
import { Config } from "./config/Config";
import { SidePanel } from "./side-panel/SidePanel";
import { MeetingStage } from "./stage/MeetingStage";
import type { TeamsInfo } from "./teams/teams-context";
import { useTeamsContext, useTheme } from "./teams/use-teams";

const THEMES = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

const useStyles = makeStyles({
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1, boxSizing: "border-box" },
});

export function App() {
  const teams = useTeamsContext();
  const theme = useTheme(teams.status === "ready" ? teams.info.theme : undefined);
  const styles = useStyles();
  if (teams.status === "ready") setLocale(teams.info.locale);
  return (
    <FluentProvider theme={THEMES[theme]} className={styles.root}>
      {teams.status === "connecting" && <Spinner label={t("app.connecting")} />}
      {teams.status === "outside" && <NotInTeams />}
      {teams.status === "failed" && <p role="alert">{t("app.failed", { message: teams.message })}</p>}
      {teams.status === "ready" && <PageFor info={teams.info} />}
    </FluentProvider>
  );
}

function PageFor({ info }: { info: TeamsInfo }): ReactNode {
  if (!info.scope) return <p role="alert">{t("app.noScope")}</p>;
  switch (info.page) {
    case "sidePanel":
      return <SidePanel scope={info.scope} meetingId={info.meetingId} />;
    case "meetingStage":
      return <MeetingStage scope={info.scope} meetingId={info.meetingId} />;
    case "settings":
      return <Config scope={info.scope} />;
    default:
      return <History scope={info.scope} />;
  }
}
