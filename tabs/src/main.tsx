import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { connectToTeams, isTopLevel } from "./teams/teams-context";

// Start talking to Teams before React renders: the handshake runs while the first frame is built.
// Failures surface through useTeamsContext, which waits on the same promise.
if (!isTopLevel()) connectToTeams().catch(() => undefined);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
