import { pt as library } from "@learning-loop/contract/library/pt";
import { libraryMessages } from "../library-catalog";
import { collect } from "./collect";

/** Brazilian Portuguese (every pt-* locale): every page's strings and the prompt library, in one chunk loaded when a Portuguese reader opens the app. */
export default collect(
  import.meta.glob(["../../**/*messages.pt.ts", "../messages/*.pt.ts"], { eager: true, import: "pt" }),
  libraryMessages(library),
);
