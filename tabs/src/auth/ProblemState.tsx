import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ApiError } from "../api/api-client";
import { t } from "../i18n/i18n";

/**
 * Shows why something could not load, in words a person can act on. Every page renders API
 * failures through this one component so that the messages stay consistent.
 */
export function ProblemState({ error }: { error: unknown }) {
  const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{t("error.load", { message })}</MessageBarBody>
    </MessageBar>
  );
}
