import { ApiError } from "../auth/api-error";
import { problemText } from "../auth/problem-text";
import { t } from "../i18n/i18n";

/** What the API said about a failed AI request (off, budget spent, timeout, content filter, refusal), plainly. */
export const aiFailureText = (error: unknown): string =>
  error instanceof ApiError ? problemText(error) : t("ai.failed");
