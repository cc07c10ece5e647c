import { teamsLightTheme } from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";
import type { TeamsTheme } from "./teams-context";

/*
 * The light theme ships with the first bundle; dark and high contrast load when Teams asks for
 * them (at start, before the first page renders, or on a live theme change). Each is a few KB of
 * tokens most people never need.
 */

const loaded: Partial<Record<TeamsTheme, Theme>> = { default: teamsLightTheme };
const loading: Partial<Record<TeamsTheme, Promise<Theme>>> = {};

export const loadedTheme = (name: TeamsTheme): Theme | undefined => loaded[name];

export function loadTheme(name: TeamsTheme): Promise<Theme> {
  const ready = loaded[name];
  if (ready) return Promise.resolve(ready);
  loading[name] ??= (
    name === "dark"
      ? import("./theme-dark").then((module) => module.teamsDarkTheme)
      : import("./theme-contrast").then((module) => module.teamsHighContrastTheme)
  ).then((theme) => {
    loaded[name] = theme;
    return theme;
  });
  return loading[name];
}
