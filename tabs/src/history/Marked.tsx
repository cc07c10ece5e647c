import { matchRanges } from "@learning-loop/contract";
import { makeStyles, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
  },
});

/**
 * Text with what the history search matched inside `<mark>`: the same folding as the API's search
 * (contract `matchRanges`), so "Übergabe" is marked for "ubergabe". Plain text without a query.
 */
export function Marked({ text, query }: { text: string; query: string }) {
  const styles = useStyles();
  const ranges = query ? matchRanges(text, query) : [];
  if (ranges.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, start)}</Fragment>);
    parts.push(
      <mark key={`m${start}`} className={styles.mark}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}

/** True when the history search matched somewhere in `text`. */
export const hasMatch = (text: string, query: string) => query !== "" && matchRanges(text, query).length > 0;
