import { makeStyles, tokens } from "@fluentui/react-components";

/** What the AI suggested, set apart the same way everywhere: a dashed brand border, a labelled header. */
export const useSuggestionStyles = makeStyles({
  suggestion: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorBrandStroke1}`,
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});
