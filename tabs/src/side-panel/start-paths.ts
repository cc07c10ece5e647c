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
 * Starts the GETs the side panel's first screen waits for as soon as Teams has given the context,
 * instead of after React has rendered the panel and run its effects. Check-backs are not among
 * them: they are asked for once the round is there, so they never slow it down.
 */
export function prefetchSidePanel(scope: string, meetingId: string | null) {
  const paths = sidePanelPaths(scope, meetingId);
  prefetchApi([paths.currentRound, paths.prompts, paths.settings]);
}
