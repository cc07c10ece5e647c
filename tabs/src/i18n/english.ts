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
 * Every visible string of the app in English, the source language. Each feature keeps its strings
 * beside its code (`messages.ts`, translations in `messages.<language>.ts`); this is the one place
 * that puts the English ones together. It loads lazily: the side panel's own strings are in i18n.ts.
 */
export const en = {
  ...common,
  ...sidePanel,
  ...pulse,
  ...pulseResults,
  ...reviews,
  ...stage,
  ...history,
  ...owners,
  ...lessons,
  ...memory,
  ...config,
  ...auth,
  ...ai,
};
export type MessageKey = keyof typeof en;
