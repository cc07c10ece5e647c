import { de as library } from "@learning-loop/contract/library/de";
import { libraryMessages } from "../library-catalog";
import { collect } from "./collect";

/** German: every page's strings and the prompt library, in one chunk loaded when a German reader opens the app. */
export default collect(
  import.meta.glob(["../../**/*messages.de.ts", "../messages/*.de.ts"], { eager: true, import: "de" }),
  libraryMessages(library),
);
