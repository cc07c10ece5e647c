import { pseudoMessage } from "@learning-loop/contract";
import { en } from "../english";

/**
 * The pseudo-locale `qps-ploc`: every English string accented and lengthened (docs/i18n.md). A
 * plain ASCII word on a page opened with it is a string that bypassed the i18n layer.
 */
export default Object.fromEntries(Object.entries(en).map(([key, text]) => [key, pseudoMessage(text)]));
