import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

/**
 * The parts every Insights card shares (the charts, the team pulse): the card with its heading and
 * notes, and the look of a data table beside a chart (a caption, numbers right-aligned).
 */
export const useInsightStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2 },
  tableWrap: { overflowX: "auto" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& caption": {
      textAlign: "start",
      fontWeight: tokens.fontWeightSemibold,
      padding: `${tokens.spacingVerticalXS} 0`,
    },
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: "end",
    },
    "& th:first-child, & td:first-child": { textAlign: "start" },
  },
});

export function InsightCard({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  const styles = useInsightStyles();
  return (
    <section className={styles.card} aria-labelledby={`insight-${id}`}>
      <h3 id={`insight-${id}`} className={styles.heading}>
        {title}
      </h3>
      {children}
    </section>
  );
}
