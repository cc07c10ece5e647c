import { languageFromAcceptLanguage } from "@learning-loop/contract";
import type { Language } from "@learning-loop/contract";
import type { HttpRequest } from "@azure/functions";

/**
 * The language of the person behind a request, from `Accept-Language` (the tab sends the person's
 * Teams locale there, docs/i18n.md); null when it names no language the app speaks.
 */
export const requestLanguage = (req: Pick<HttpRequest, "headers">): Language | null =>
  languageFromAcceptLanguage(req.headers.get("accept-language"));
