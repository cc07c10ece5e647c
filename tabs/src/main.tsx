import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { loadLanguage, setLocale } from "./i18n/i18n";
import { prefetchSidePanel } from "./side-panel/start-paths";
import { getAuthToken } from "./teams/auth-token";
import { connectToTeams, initializeTeams, isTopLevel } from "./teams/teams-context";

// Start talking to Teams before React renders: the handshake runs while the first frame is built.
// Failures surface through useTeamsContext, which waits on the same promise.
// Every page needs the SSO token, so it is asked for alongside the context; the side panel's first
// API calls start as soon as the context names its scope.
if (!isTopLevel()) {
  initializeTeams()
    .then(getAuthToken)
    .catch(() => undefined);
  connectToTeams().then(
    (info) => {
      // A reader of another language than English needs their strings before the first page.
      setLocale(info.locale);
      loadLanguage().catch(() => undefined);
      if (info.page === "sidePanel" && info.scope) prefetchSidePanel(info.scope, info.meetingId);
    },
    () => undefined,
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
