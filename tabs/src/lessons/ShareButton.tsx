import { Button } from "@fluentui/react-components";
import { t } from "../i18n/i18n";
import { useLessonPublishing } from "./publish-context";
import type { ShareItem } from "./publish-context";

/** "Share with other teams" on an answer or experiment in the history, while the scope allows publishing. */
export function ShareButton(props: ShareItem) {
  const publishing = useLessonPublishing();
  if (!publishing?.publishing) return null;
  return (
    <Button
      appearance="subtle"
      size="small"
      aria-label={t("lessons.shareLabel", { text: props.text })}
      onClick={() => publishing.share(props)}
    >
      {t("lessons.share")}
    </Button>
  );
}
