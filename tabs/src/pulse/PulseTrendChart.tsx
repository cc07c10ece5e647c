import { makeStyles, tokens } from "@fluentui/react-components";
import { pointX, scoreY } from "./pulse-trend";
import type { TrendLine } from "./pulse-trend";

const useStyles = makeStyles({
  svg: { display: "block", width: "100%", height: "auto", overflow: "visible" },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1, strokeDasharray: "2 3" },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "11px", fontFamily: tokens.fontFamilyBase },
  overall: { stroke: tokens.colorBrandForeground1, strokeWidth: 3, fill: "none" },
  overallDot: { fill: tokens.colorBrandForeground1 },
  statement: { stroke: tokens.colorNeutralForeground3, strokeWidth: 1.5, fill: "none" },
  statementDot: { fill: tokens.colorNeutralForeground3 },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyle: "none",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  legendItem: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

/** Statement lines differ by dash pattern as well as by weight, so they read without colour. */
const DASHES = ["", "6 3", "2 3", "8 3 2 3", "1 5"];

const WIDTH = 320;
const HEIGHT = 120;
const LEFT = 24;
const TOP = 8;

/**
 * The team pulse's trend: the overall mean (bold) and each statement's mean (thin, dashed) over
 * the pulses with results, on the 1–5 scale. One image with a text summary; the numbers are in
 * the table beside it.
 */
export function PulseTrendChart({
  lines,
  labels,
  names,
  summary,
}: {
  lines: readonly TrendLine[];
  labels: readonly string[];
  names: Record<TrendLine["key"], string>;
  summary: string;
}) {
  const styles = useStyles();
  const count = labels.length;
  const path = (values: readonly number[]) =>
    values
      .map(
        (value, index) =>
          `${index === 0 ? "M" : "L"}${LEFT + pointX(index, count, WIDTH)},${TOP + scoreY(value, HEIGHT)}`,
      )
      .join(" ");
  return (
    <div>
      <svg
        role="img"
        aria-label={summary}
        className={styles.svg}
        viewBox={`0 0 ${LEFT + WIDTH + 16} ${TOP + HEIGHT + 24}`}
        preserveAspectRatio="xMinYMin meet"
      >
        {[1, 2, 3, 4, 5].map((score) => (
          <g key={score}>
            <line
              x1={LEFT}
              x2={LEFT + WIDTH}
              y1={TOP + scoreY(score, HEIGHT)}
              y2={TOP + scoreY(score, HEIGHT)}
              className={styles.grid}
            />
            <text x={0} y={TOP + scoreY(score, HEIGHT) + 4} className={styles.label}>
              {score}
            </text>
          </g>
        ))}
        {lines.slice(1).map((line, index) => (
          <g key={line.key}>
            <path d={path(line.values)} className={styles.statement} strokeDasharray={DASHES[index]} />
            {line.values.map((value, point) => (
              <circle
                key={point}
                cx={LEFT + pointX(point, count, WIDTH)}
                cy={TOP + scoreY(value, HEIGHT)}
                r={2}
                className={styles.statementDot}
              />
            ))}
          </g>
        ))}
        {lines[0] && (
          <g>
            <path d={path(lines[0].values)} className={styles.overall} />
            {lines[0].values.map((value, point) => (
              <circle
                key={point}
                cx={LEFT + pointX(point, count, WIDTH)}
                cy={TOP + scoreY(value, HEIGHT)}
                r={4}
                className={styles.overallDot}
              />
            ))}
          </g>
        )}
        {labels.map((label, index) => (
          <text
            key={`${label}-${index}`}
            x={LEFT + pointX(index, count, WIDTH)}
            y={TOP + HEIGHT + 18}
            textAnchor="middle"
            className={styles.label}
          >
            {label}
          </text>
        ))}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {lines.map((line, index) => (
          <li key={line.key} className={styles.legendItem}>
            <svg width="24" height="8">
              <line
                x1="0"
                x2="24"
                y1="4"
                y2="4"
                className={index === 0 ? styles.overall : styles.statement}
                strokeDasharray={index === 0 ? undefined : DASHES[index - 1]}
              />
            </svg>
            {names[line.key]}
          </li>
        ))}
      </ul>
    </div>
  );
}
