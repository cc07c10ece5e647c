import { prefetchApi, scopePath } from "../api/api-client";

/** The GETs the side panel makes as it opens; one place, so the prefetch and the hooks ask alike. */
export function sidePanelPaths(scope: string, meetingId: string | null) {
  const base = scopePath(scope);
  // In the order they matter for the first screen: the round, then what starting one needs.
  return {
    currentRound: `${base}/rounds/current${meetingId ? `?meetingId=${encodeURIComponent(meetingId)}` : ""}`,
    prompts: `${base}/prompts`,
    settings: base,
    dueExperiments: `${base}/experiments?due=true`,
  };
}

/**
 * Starts the side panel's first GETs (and so the SSO token request they need) as soon as Teams has
 * given the context, instead of after React has rendered the panel and run its effects.
 */
export const prefetchSidePanel = (scope: string, meetingId: string | null) =>
  prefetchApi(Object.values(sidePanelPaths(scope, meetingId)));
