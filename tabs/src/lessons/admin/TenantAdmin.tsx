import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../../i18n/i18n";
import { ErasePerson } from "./ErasePerson";
import { FeedSwitch } from "./FeedSwitch";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    // An object ID is one long word: it may break anywhere rather than run past a narrow tab.
    overflowWrap: "anywhere",
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface TenantAdminProps {
  /** The tenant's feed as the API last said. */
  feedEnabled: boolean;
  /** The state the API kept after the switch. */
  onFeedEnabled(feedEnabled: boolean): void;
  /** Says something through the page's live region. */
  announce(message: string): void;
}

/**
 * The personal app's "Tenant admin" section (docs/lessons.md), rendered only for a tenant admin
 * (the `LearningLoop.Admin` app role, `admin` in `me/lessons-access`) and loaded lazily, so no one
 * else downloads it: the feed on or off for the whole organization, and erasing a person in every
 * team and chat. The API checks the role on each call.
 */
export default function TenantAdmin({ feedEnabled, onFeedEnabled, announce }: TenantAdminProps) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="tenant-admin-heading">
      <h2 id="tenant-admin-heading" className={styles.heading}>
        {t("lessons.admin.heading")}
      </h2>
      <Text as="p" block className={styles.muted}>
        {t("lessons.admin.intro")}
      </Text>
      <FeedSwitch feedEnabled={feedEnabled} onFeedEnabled={onFeedEnabled} announce={announce} />
      <ErasePerson />
    </section>
  );
}
