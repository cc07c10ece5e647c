import { lazy, useEffect, useState } from "react";
import { loadProblemState } from "./Problem";

/*
 * The side panel's parts that are not needed for its first paint. They load once the panel is up
 * and the browser is idle, so that a dialog opened later, perhaps offline, is already there; and if
 * one still cannot load, only that part says so (`Part`), not the whole panel.
 */

const loaders = {
  answerEditor: () => import("./AnswerEditor"),
  promptPicker: () => import("./PromptPicker"),
  newExperimentDialog: () => import("./NewExperimentDialog"),
  checkBacks: () => import("./CheckBacks"),
  problemState: loadProblemState,
  pulsePanel: () => import("../pulse/PulsePanel"),
  reviewsPanel: () => import("../reviews/ReviewsPanel"),
  myExperiments: () => import("../owners/MyExperimentsDialog"),
  relatedHistory: () => import("../memory/RelatedHistory"),
};

export const AnswerEditor = lazy(loaders.answerEditor);
export const PromptPicker = lazy(loaders.promptPicker);
export const NewExperimentDialog = lazy(loaders.newExperimentDialog);
export const CheckBacks = lazy(loaders.checkBacks);
export const PulsePanel = lazy(loaders.pulsePanel);
export const ReviewsPanel = lazy(loaders.reviewsPanel);
export const MyExperimentsDialog = lazy(loaders.myExperiments);
export const RelatedHistory = lazy(loaders.relatedHistory);

let preloaded = false;

/** Calls `then` once the browser is idle after the first paint (at the latest after 3 s). */
export function whenIdle(then: () => void): () => void {
  if ("requestIdleCallback" in window) {
    const id = window.requestIdleCallback(then, { timeout: 3_000 });
    return () => window.cancelIdleCallback(id);
  }
  const timer = setTimeout(then, 1_000);
  return () => clearTimeout(timer);
}

/**
 * False until the browser is idle after the first paint: for parts that should neither load nor
 * ask the API for anything while the panel is becoming interactive (the team pulse).
 */
export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  return idle;
}

/** Fetches every part in the background, after the first paint. */
export function preloadParts() {
  if (preloaded) return;
  preloaded = true;
  const load = () => {
    for (const loader of Object.values(loaders)) loader().catch(() => undefined);
  };
  whenIdle(load);
}
