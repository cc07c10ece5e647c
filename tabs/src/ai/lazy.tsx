import type { RoundView } from "@learning-loop/contract";
import { Suspense, lazy } from "react";

/*
 * The AI partner's history parts, each in a chunk of its own that loads only where it is mounted;
 * each renders nothing unless AI is on for the scope (docs/ai.md).
 */
const AskHistory = lazy(() => import("./AskHistory"));
const RoundThemes = lazy(() => import("./RoundThemes"));

export function AskHistoryPart({ scope }: { scope: string }) {
  return (
    <Suspense fallback={null}>
      <AskHistory scope={scope} />
    </Suspense>
  );
}

/** Only for a closed round: the team has answered (human first). */
export function RoundThemesPart({ round }: { round: RoundView }) {
  if (round.status !== "closed") return null;
  return (
    <Suspense fallback={null}>
      <RoundThemes round={round} />
    </Suspense>
  );
}
