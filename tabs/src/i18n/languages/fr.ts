import { fr as library } from "@learning-loop/contract/library/fr";
import { libraryMessages } from "../library-catalog";
import { collect } from "./collect";

/** French: every page's strings and the prompt library, in one chunk loaded when a French reader opens the app. */
export default collect(
  import.meta.glob(["../../**/*messages.fr.ts", "../messages/*.fr.ts"], { eager: true, import: "fr" }),
  libraryMessages(library),
);
