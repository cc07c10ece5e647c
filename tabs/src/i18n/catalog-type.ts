import type { MessageKey } from "./english";

/** A language's strings: every key of the English catalog (completeness is tested), plus the prompt library's. */
export type Catalog = Partial<Record<MessageKey, string>> & Record<string, string>;
