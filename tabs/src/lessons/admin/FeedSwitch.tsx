import { Field, Switch } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { ProblemState } from "../../auth/ProblemState";
import { t } from "../../i18n/i18n";
import { saveFeedEnabled } from "./admin-api";

/**
 * "Lessons feed for the whole organization": shows the state the API kept, not the one asked for,
 * so it moves once `PUT /api/admin/lessons-settings` answered. It stays focusable while saving
 * (a disabled control would drop the keyboard focus); a second press meanwhile is ignored.
 */
export function FeedSwitch({
  feedEnabled,
  onFeedEnabled,
  announce,
}: {
  feedEnabled: boolean;
  onFeedEnabled(feedEnabled: boolean): void;
  announce(message: string): void;
}) {
  const saving = useRef(false);
  const [problem, setProblem] = useState<{ error: unknown; wanted: boolean } | null>(null);

  const save = async (wanted: boolean) => {
    if (saving.current) return;
    saving.current = true;
    setProblem(null);
    try {
      const kept = await saveFeedEnabled(wanted);
      onFeedEnabled(kept);
      announce(t(kept ? "lessons.admin.feedNowOn" : "lessons.admin.feedNowOff"));
    } catch (error) {
      setProblem({ error, wanted });
    } finally {
      saving.current = false;
    }
  };

  return (
    <>
      <Field hint={t("lessons.admin.feedHint")}>
        <Switch
          checked={feedEnabled}
          label={t("lessons.admin.feed")}
          onChange={(_event, data) => void save(data.checked)}
        />
      </Field>
      {problem && <ProblemState error={problem.error} onRetry={() => void save(problem.wanted)} />}
    </>
  );
}
