import { ja as library } from "@learning-loop/contract/library/ja";
import { libraryMessages } from "../library-catalog";
import { collect } from "./collect";

/** Japanese: every page's strings and the prompt library, in one chunk loaded when a Japanese reader opens the app. */
export default collect(
  import.meta.glob(["../../**/*messages.ja.ts", "../messages/*.ja.ts"], { eager: true, import: "ja" }),
  libraryMessages(library),
);
