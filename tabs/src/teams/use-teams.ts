import { app } from "@microsoft/teams-js";
import { useEffect, useState } from "react";
import { prefetchesSettled } from "../api/api-client";
import { connectToTeams, isTopLevel, notifyFatal, toTheme } from "./teams-context";
import { loadTheme, loadedTheme } from "./themes";
import type { Theme } from "@fluentui/react-components";
import type { TeamsInfo, TeamsTheme } from "./teams-context";

/** How long a page's first render waits for its early GETs before it draws its loading state instead. */
const FIRST_DATA_WAIT_MS = 3_000;

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
    // The page renders in the theme Teams asked for, never flashing light first.
    connectToTeams().then(
      async (info) => {
        // The page draws once it has its theme and the answers to the GETs started for it
        // (main.tsx), so its first screen is drawn once, with its data, not first as a spinner.
        await Promise.all([
          loadTheme(info.theme).catch(() => undefined),
          prefetchesSettled(FIRST_DATA_WAIT_MS),
        ]);
        if (live) setState({ status: "ready", info });
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        notifyFatal(message);
        if (live) setState({ status: "failed", message });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/**
 * The Teams theme, following live theme changes from the host: the name, and the Fluent theme once
 * its tokens are loaded (until then the previous one stays, so nothing flashes).
 */
export function useTheme(initial: TeamsTheme | undefined): { name: TeamsTheme; theme: Theme } {
  const start = initial ?? "default";
  const [live, setLive] = useState<{ from: TeamsTheme; name: TeamsTheme; theme: Theme } | null>(null);
  useEffect(() => {
    if (initial === undefined) return;
    let current = initial;
    // teams-js keeps one theme handler; registering again (StrictMode, remounts) replaces it.
    app.registerOnThemeChangeHandler((next) => {
      const name = toTheme(next);
      current = name;
      void loadTheme(name).then(
        (theme) => current === name && setLive({ from: initial, name, theme }),
        () => undefined,
      );
    });
  }, [initial]);
  if (live && live.from === start) return { name: live.name, theme: live.theme };
  return { name: start, theme: loadedTheme(start) ?? loadedTheme("default")! };
}
