import { app } from "@microsoft/teams-js";
import { useEffect, useState } from "react";
import { connectToTeams, isTopLevel, toTheme } from "./teams-context";
import type { TeamsInfo, TeamsTheme } from "./teams-context";

export type TeamsState =
  | { status: "connecting" }
  | { status: "outside" }
  | { status: "failed"; message: string }
  | { status: "ready"; info: TeamsInfo };

export function useTeamsContext(): TeamsState {
  const [state, setState] = useState<TeamsState>(() =>
    isTopLevel() ? { status: "outside" } : { status: "connecting" },
  );
  useEffect(() => {
    if (isTopLevel()) return;
    let live = true;
    connectToTeams().then(
      (info) => live && setState({ status: "ready", info }),
      (error: unknown) => {
        if (!live) return;
        const message = error instanceof Error ? error.message : String(error);
        setState({ status: "failed", message });
        try {
          app.notifyFailure({ reason: app.FailedReason.Other, message });
        } catch {
          // Initialization itself failed, so there is no host to tell.
        }
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** The Teams theme, following live theme changes from the host. */
export function useTheme(initial: TeamsTheme | undefined): TeamsTheme {
  const [theme, setTheme] = useState<TeamsTheme>(initial ?? "default");
  useEffect(() => {
    if (initial === undefined) return;
    setTheme(initial);
    app.registerOnThemeChangeHandler((next) => setTheme(toTheme(next)));
  }, [initial]);
  return theme;
}
