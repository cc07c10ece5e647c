import { makeStyles, tokens } from "@fluentui/react-components";

/** The look of every data table beside a chart (Insights, the team pulse): a caption, numbers right-aligned. */
export const useDataTableStyles = makeStyles({
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
