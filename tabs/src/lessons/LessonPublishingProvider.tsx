import { Suspense, lazy, useMemo, useState } from "react";
import type { ReactNode } from "react";
import { LessonPublishingContext } from "./publish-context";
import type { LessonPublishing, LessonPublishingState, ShareItem } from "./publish-context";

// The dialog comes with its first use: most visits to the history share nothing.
const ShareLessonDialog = lazy(() => import("./ShareLessonDialog"));

/**
 * Gives the history's cards "Share with other teams" and keeps its dialog here, above the
 * timeline, so that a card scrolled away or re-rendered does not close it.
 */
export function LessonPublishingProvider({
  state,
  announce,
  children,
}: {
  state: LessonPublishingState | null;
  announce(message: string): void;
  children: ReactNode;
}) {
  const [item, setItem] = useState<ShareItem | null>(null);
  const value = useMemo<LessonPublishing | null>(
    () => (state ? { ...state, share: setItem } : null),
    [state],
  );
  return (
    <LessonPublishingContext.Provider value={value}>
      {children}
      {item && state && (
        <Suspense fallback={null}>
          <ShareLessonDialog
            {...item}
            scope={state.scope}
            teamHidden={state.hideTeam}
            announce={announce}
            onClose={() => setItem(null)}
          />
        </Suspense>
      )}
    </LessonPublishingContext.Provider>
  );
}
