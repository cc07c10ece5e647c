import { lazy } from "react";
import { whenIdle } from "../ui/when-idle";
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

/** Fetches every part in the background, after the first paint. */
export function preloadParts() {
  if (preloaded) return;
  preloaded = true;
  const load = () => {
    for (const loader of Object.values(loaders)) loader().catch(() => undefined);
  };
  whenIdle(load);
}
