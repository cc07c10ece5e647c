import { ar as library } from "@learning-loop/contract/library/ar";
import { libraryMessages } from "../library-catalog";
import { collect } from "./collect";

/** Arabic: every page's strings and the prompt library, in one chunk loaded when an Arabic reader opens the app. */
export default collect(
  import.meta.glob(["../../**/*messages.ar.ts", "../messages/*.ar.ts"], { eager: true, import: "ar" }),
  libraryMessages(library),
);
