import { es as library } from "@learning-loop/contract/library/es";
import { libraryMessages } from "../library-catalog";
import { collect } from "./collect";

/** Spanish: every page's strings and the prompt library, in one chunk loaded when a Spanish reader opens the app. */
export default collect(
  import.meta.glob(["../../**/*messages.es.ts", "../messages/*.es.ts"], { eager: true, import: "es" }),
  libraryMessages(library),
);
