import { Link, Text, Title2 } from "@fluentui/react-components";
import { t } from "../i18n/i18n";

/** Shown when the app is opened as a plain web page: teams-js cannot work without a Teams host. */
export function NotInTeams() {
  return (
    <main style={{ padding: 24, maxWidth: 640 }}>
      <Title2 as="h1">{t("app.title")}</Title2>
      <p>
        <Text>{t("app.outside")}</Text>
      </p>
      {import.meta.env.DEV && (
        <p>
          <Link href="/dev/host.html">{t("app.outsideDev")}</Link>
        </p>
      )}
    </main>
  );
}
