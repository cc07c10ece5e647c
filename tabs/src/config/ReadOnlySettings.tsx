import { NOTIFICATION_KINDS } from "@learning-loop/contract";
import type { PromptView, ScopeView } from "@learning-loop/contract";
import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../i18n/i18n";
import { WEEKDAYS_MONDAY_FIRST } from "./config-form";
import { weekdayName } from "./weekdays";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(120px, max-content) 1fr",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0, overflowWrap: "anywhere" },
  inner: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/**
 * What a member sees: the settings as text rather than disabled controls, which are hard to read
 * and which screen readers announce as unavailable without saying why.
 */
export function ReadOnlySettings({
  scope,
  prompts,
}: {
  scope: ScopeView;
  prompts: readonly PromptView[];
}) {
  const styles = useStyles();
  const promptText = (id: string | undefined) =>
    prompts.find((prompt) => prompt.id === id)?.text ?? t("config.unknownPrompt");
  const on = NOTIFICATION_KINDS.filter((kind) => scope.notifications[kind]);
  return (
    <section aria-labelledby="readonly-heading">
      <MessageBar intent="info">
        <MessageBarBody>{t("config.member")}</MessageBarBody>
      </MessageBar>
      <h2 id="readonly-heading" className={styles.heading} style={{ margin: `${tokens.spacingVerticalM} 0` }}>
        {t("config.current")}
      </h2>
      <dl className={styles.list}>
        <dt className={styles.term}>{t("config.name")}</dt>
        <dd className={styles.definition}>{scope.name}</dd>
        <dt className={styles.term}>{t("config.rotation")}</dt>
        <dd className={styles.definition}>
          <ul className={styles.inner}>
            {WEEKDAYS_MONDAY_FIRST.map((day) => (
              <li key={day}>
                {weekdayName(day)}: {promptText(scope.rotation[day])}
              </li>
            ))}
          </ul>
        </dd>
        <dt className={styles.term}>{t("config.revealMode")}</dt>
        <dd className={styles.definition}>{t(`config.reveal.${scope.revealMode}`)}</dd>
        <dt className={styles.term}>{t("config.anonymousDefault")}</dt>
        <dd className={styles.definition}>{scope.anonymousDefault ? t("config.yes") : t("config.no")}</dd>
        <dt className={styles.term}>{t("ai.config.label")}</dt>
        <dd className={styles.definition}>{scope.ai ? t("ai.config.on") : t("ai.config.off")}</dd>
        <dt className={styles.term}>{t("config.pulse")}</dt>
        <dd className={styles.definition}>{t(`config.pulse.${scope.pulse}`)}</dd>
        <dt className={styles.term}>{t("config.notifications")}</dt>
        <dd className={styles.definition}>
          {on.length === 0 ? t("config.none") : on.map((kind) => t(`config.notification.${kind}`)).join(", ")}
        </dd>
        <dt className={styles.term}>{t("config.timezone")}</dt>
        <dd className={styles.definition}>{scope.timezone}</dd>
        <dt className={styles.term}>{t("config.retention")}</dt>
        <dd className={styles.definition}>
          {scope.retentionDays === null
            ? t("config.retentionForever")
            : t("config.retentionDays", { count: scope.retentionDays })}
        </dd>
      </dl>
    </section>
  );
}
