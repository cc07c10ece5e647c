import { Component, Suspense, lazy } from "react";
import type { ReactNode } from "react";
import { t } from "../i18n/i18n";

/*
 * The side panel's parts that are not needed for its first paint. They load once the panel is up
 * and the browser is idle, so that a dialog opened later, perhaps offline, is already there; and if
 * one still cannot load, only that part says so, not the whole panel.
 */

const loaders = {
  answerEditor: () => import("./AnswerEditor"),
  promptPicker: () => import("./PromptPicker"),
  experimentDialog: () => import("./ExperimentDialog"),
  checkBacks: () => import("./CheckBacks"),
  problemState: () => import("../auth/ProblemState"),
  pulsePanel: () => import("../pulse/PulsePanel"),
};

export const AnswerEditor = lazy(loaders.answerEditor);
export const PromptPicker = lazy(loaders.promptPicker);
export const ExperimentDialog = lazy(loaders.experimentDialog);
export const CheckBacks = lazy(loaders.checkBacks);
export const PulsePanel = lazy(loaders.pulsePanel);
export const ProblemState = lazy(() =>
  loaders.problemState().then((module) => ({ default: module.ProblemState })),
);

let preloaded = false;

/** Fetches every part in the background, after the first paint. */
export function preloadParts() {
  if (preloaded) return;
  preloaded = true;
  const load = () => {
    for (const loader of Object.values(loaders)) loader().catch(() => undefined);
  };
  if ("requestIdleCallback" in window) window.requestIdleCallback(load, { timeout: 3_000 });
  else setTimeout(load, 1_000);
}

class PartBoundary extends Component<{ children: ReactNode; fallback: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** A lazily loaded part: nothing while it loads, one calm sentence if it cannot load. */
export function Part({ children, fallback }: { children: ReactNode; fallback?: ReactNode }) {
  return (
    <PartBoundary fallback={fallback ?? <p role="alert">{t("app.partFailed")}</p>}>
      <Suspense fallback={null}>{children}</Suspense>
    </PartBoundary>
  );
}
