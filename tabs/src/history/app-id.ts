/**
 * The Teams app id of this build (the manifest's `id`), from `VITE_TEAMS_APP_ID` at build time.
 * Written out literally so that Vite replaces it in the bundle.
 */
export const teamsAppId = (): string | undefined => {
  const value: unknown = import.meta.env.VITE_TEAMS_APP_ID;
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
};
