import { t } from "../i18n/i18n";
import { Part, ProblemState } from "./lazy-parts";

/**
 * The app's one way of showing an API failure (`ProblemState`), loaded after the first paint: its
 * message bar is not needed to draw the panel. Should it not load, the API's message still shows.
 */
export function Problem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Part fallback={<p role="alert">{t("error.load", { message })}</p>}>
      <ProblemState error={error} onRetry={onRetry} />
    </Part>
  );
}
