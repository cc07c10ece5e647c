import { isPseudoLocale, messageLanguage, t } from "../i18n/i18n";
import { ApiError } from "./api-error";

/**
 * What a failed request says to the person, in their language. The API words its problems in
 * English (`detail`, RFC 9457), and those stay for English readers because they are specific ("Only
 * an owner of this scope can change its settings."); every other language gets its own sentence for
 * what happened, by status (docs/i18n.md).
 */
export function problemText(error: unknown): string {
  if (!(error instanceof ApiError)) return t("problem.text.network");
  const detail = error.problem?.detail;
  if (detail && messageLanguage() === "en" && !isPseudoLocale()) return detail;
  switch (error.status) {
    case 400:
    case 422:
      return t("problem.text.invalid");
    case 403:
      return t("problem.text.forbidden");
    case 404:
    case 410:
      return t("problem.text.notFound");
    case 409:
      return t("problem.text.conflict");
    case 412:
    case 428:
      return t("problem.text.stale");
    case 413:
      return t("problem.text.tooLarge");
    case 429:
    case 502:
    case 503:
    case 504:
      return t("problem.unavailable.body");
    default:
      return t("problem.text.other");
  }
}
