import type {
  EventSecretStatus,
  EventSource,
  EventSourceStatus,
  ReviewSourcesSettings,
} from "@learning-loop/contract";
import { EVENT_SIGNATURE_HEADER } from "@learning-loop/contract";
import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { apiUrl, callApi, scopePath } from "../api/api-client";
import { formatDateTime, t } from "../i18n/i18n";
import type { MessageKey } from "../i18n/english";
import { copyText } from "../history/copy-text";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  source: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-end" },
  url: { width: "100%", maxWidth: "640px" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground2 },
});

const PATHS: Record<EventSource, string> = {
  generic: "events",
  github: "events/github",
  azureDevOps: "events/azure-devops",
};

/** The full address a source posts to, as the browser would reach this API. */
export const sourceUrl = (scope: string, source: EventSource) =>
  new URL(apiUrl(`${scopePath(scope)}/${PATHS[source]}`), window.location.href).href;

const key = (name: string) => name as MessageKey;

/**
 * Where each source sends its events, how to give it the scope's secret, which of its events start
 * an after-action review (with the scope's label or tag), and what it last sent: the time of the
 * last delivery and what became of it, or the last refusal and why. Members see it too; the label
 * and tag are changed in the owners' settings form.
 */
export function EventSources({
  scope,
  reviewSources,
}: {
  scope: string;
  reviewSources: ReviewSourcesSettings;
}) {
  const styles = useStyles();
  const [status, setStatus] = useState<EventSecretStatus | null>(null);
  const [copied, setCopied] = useState<EventSource | null>(null);

  useEffect(() => {
    let live = true;
    callApi<EventSecretStatus>(`${scopePath(scope)}/event-secret`).then(
      (result) => live && setStatus(result.data),
      () => live && setStatus(null),
    );
    return () => {
      live = false;
    };
  }, [scope]);

  const sources: EventSource[] = ["github", "azureDevOps", "generic"];
  return (
    <section className={styles.section} aria-labelledby="sources-heading">
      <h2 id="sources-heading" className={styles.heading}>
        {t("config.sources.title")}
      </h2>
      <Text>{t("config.sources.intro")}</Text>
      {status && !status.configured && <Text weight="semibold">{t("config.sources.noSecret")}</Text>}
      {sources.map((source) => {
        const url = sourceUrl(scope, source);
        const last = status?.sources.find((entry) => entry.source === source);
        const headingId = `source-${source}`;
        return (
          <section key={source} className={styles.source} aria-labelledby={headingId}>
            <h3 id={headingId} className={styles.subheading}>
              {t(key(`config.sources.${source}.name`))}
            </h3>
            <div className={styles.row}>
              <Field
                className={styles.url}
                label={t("config.sources.url", { source: t(key(`config.sources.${source}.name`)) })}
              >
                <Input readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
              </Field>
              <Button
                aria-label={t("config.sources.copyLabel", {
                  source: t(key(`config.sources.${source}.name`)),
                })}
                onClick={() => void copyText(url).then((done) => setCopied(done ? source : null))}
              >
                {t("config.sources.copy")}
              </Button>
              {copied === source && <Text role="status">{t("config.webhook.copied")}</Text>}
            </div>
            <Text>{t(key(`config.sources.${source}.secret`), { header: EVENT_SIGNATURE_HEADER })}</Text>
            <Text weight="semibold">{t("config.sources.starts")}</Text>
            <ul className={styles.list}>
              {eventLines(source, reviewSources).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <Text role="status" className={styles.muted}>
              {lastLine(last)}
            </Text>
          </section>
        );
      })}
    </section>
  );
}

function eventLines(source: EventSource, settings: ReviewSourcesSettings): string[] {
  switch (source) {
    case "github":
      return [
        t("config.sources.github.release"),
        t("config.sources.github.deployment"),
        t("config.sources.github.issue", { label: settings.githubIssueLabel }),
      ];
    case "azureDevOps":
      return [
        t("config.sources.azureDevOps.build"),
        t("config.sources.azureDevOps.deployment"),
        t("config.sources.azureDevOps.run"),
        t("config.sources.azureDevOps.workItem", { tag: settings.azureDevOpsTag }),
      ];
    case "generic":
      return [t("config.sources.generic.any")];
  }
}

function lastLine(last: EventSourceStatus | undefined): string {
  const parts: string[] = [];
  if (last?.lastDeliveryAt) {
    parts.push(
      t(key(`config.sources.last.${last.lastOutcome ?? "started"}`), {
        time: formatDateTime(last.lastDeliveryAt),
        reason: last.lastReason ?? "",
      }),
    );
  }
  if (last?.lastRefusalAt) {
    parts.push(
      t("config.sources.last.refused", {
        time: formatDateTime(last.lastRefusalAt),
        reason: last.lastRefusalReason ?? "",
      }),
    );
  }
  return parts.length > 0 ? parts.join(" ") : t("config.sources.last.none");
}
