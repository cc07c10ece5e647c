import { ai } from "../ai/messages";
import { auth } from "../auth/messages";
import { config } from "../config/messages";
import { history } from "../history/messages";
import { lessons } from "../lessons/messages";
import { owners } from "../owners/messages";
import { memory } from "../memory/messages";
import { pulse } from "../pulse/messages";
import { pulseResults } from "../pulse/results-messages";
import { reviews } from "../reviews/messages";
import { sidePanel } from "../side-panel/messages";
import { stage } from "../stage/messages";
import { common } from "./messages/common";

/**
 * Every visible string of the app, by language. Each feature keeps its strings beside its code;
 * this is the one place that puts them together.
 */
export const en = {
  ...common.en,
  ...sidePanel.en,
  ...pulse.en,
  ...pulseResults.en,
  ...reviews.en,
  ...stage.en,
  ...history.en,
  ...owners.en,
  ...lessons.en,
  ...memory.en,
  ...config.en,
  ...auth.en,
  ...ai.en,
};
export type MessageKey = keyof typeof en;

export const catalogs: Record<string, Partial<Record<MessageKey, string>>> = {
  en,
  de: {
    ...common.de,
    ...sidePanel.de,
    ...pulse.de,
    ...pulseResults.de,
    ...reviews.de,
    ...stage.de,
    ...history.de,
    ...owners.de,
    ...lessons.de,
    ...memory.de,
    ...config.de,
    ...auth.de,
    ...ai.de,
  },
};
