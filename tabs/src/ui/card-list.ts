import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * A list of tiles: check-backs, "From our history", a round's answers in history, My experiments.
 * `list` stacks them unbulleted; `item` is one tile, `outlined` and `filled` its two looks.
 */
export const useCardListStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  outlined: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  filled: { backgroundColor: tokens.colorNeutralBackground2 },
});
