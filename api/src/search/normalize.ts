/** The search folding is shared with the tabs (they mark what a history search matched). */
export { foldForSearch } from "@learning-loop/contract";
