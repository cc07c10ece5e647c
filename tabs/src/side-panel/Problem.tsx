import { lazy } from "react";
import { problemText } from "../auth/problem-text";
import { t } from "../i18n/i18n";
import { Part } from "./Part";

/** Loads the problem state's code; `preloadParts` calls it too, so that it is there when needed. */
export const loadProblemState = () => import("../auth/ProblemState");

const ProblemState = lazy(() => loadProblemState().then((module) => ({ default: module.ProblemState })));

/**
 * The app's one way of showing an API failure (`ProblemState`), loaded after the first paint: its
 * message bar is not needed to draw the panel. Should it not load, the API's message still shows.
 */
export function Problem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const message = problemText(error);
  return (
    <Part fallback={<p role="alert">{t("error.load", { message })}</p>}>
      <ProblemState error={error} onRetry={onRetry} />
    </Part>
  );
}
