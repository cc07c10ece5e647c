import { Text, Title3 } from "@fluentui/react-components";
import { pages } from "@microsoft/teams-js";
import { useEffect } from "react";
import { t } from "../i18n/i18n";

/**
 * The configuration page of the channel / meeting tab. For now it only saves the tab itself; the
 * scope's settings (rotation, reveal mode, anonymity, notifications) come with the settings work.
 */
export function Config({ scope }: { scope: string }) {
  useEffect(() => {
    pages.config.registerOnSaveHandler((saveEvent) => {
      const url = `${window.location.origin}/index.html`;
      pages.config
        .setConfig({
          contentUrl: url,
          websiteUrl: url,
          entityId: "learning-loop-history",
          suggestedDisplayName: t("app.title"),
        })
        .then(
          () => saveEvent.notifySuccess(),
          (error: unknown) => saveEvent.notifyFailure(String(error)),
        );
    });
    pages.config.setValidityState(true);
  }, [scope]);
  return (
    <main style={{ padding: 16 }}>
      <Title3 as="h1">{t("app.title")}</Title3>
      <p>
        <Text>{t("history.title")}</Text>
      </p>
    </main>
  );
}
