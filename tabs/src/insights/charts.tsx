import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { niceMax, ticks } from "./chart-scale";
import { useWidth } from "./use-width";

/**
 * Hand-built SVG charts, coloured only through Fluent tokens so they follow the Teams theme (light,
 * dark, high contrast) live. The two series differ by pattern as well as by colour (WCAG 1.4.1):
 * in high contrast every token is white on black, and the hatching is what tells them apart. The
 * SVG is one image with a text summary; the numbers themselves live in the data table beside it.
 */

const useStyles = makeStyles({
  frame: { width: "100%", minWidth: 0 },
  svg: { display: "block", overflow: "visible" },
  axis: { stroke: tokens.colorNeutralStrokeAccessible, strokeWidth: 1 },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1, strokeDasharray: "2 3" },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "11px", fontFamily: tokens.fontFamilyBase },
  value: { fill: tokens.colorNeutralForeground1, fontSize: "11px", fontFamily: tokens.fontFamilyBase },
  seriesA: { fill: tokens.colorBrandForeground1 },
  seriesB: { fill: tokens.colorPaletteDarkOrangeBackground3 },
  hatch: { stroke: tokens.colorNeutralBackground1, strokeWidth: 2 },
  outline: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1 },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    margin: `${tokens.spacingVerticalS} 0 0`,
    padding: 0,
    listStyle: "none",
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  legendItem: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  emptyBar: { fill: tokens.colorNeutralStroke2 },
});

export interface Series {
  name: string;
  values: readonly number[];
}

/** The fills of series 0 and 1, as SVG paint: a solid brand colour, and an orange with hatching. */
function Patterns({ id }: { id: string }) {
  const styles = useStyles();
  return (
    <defs>
      <pattern
        id={`${id}-b`}
        patternUnits="userSpaceOnUse"
        width="6"
        height="6"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" className={styles.seriesB} />
        <line x1="0" y1="0" x2="0" y2="6" className={styles.hatch} />
      </pattern>
    </defs>
  );
}

const paint = (id: string, index: number) => (index === 0 ? undefined : `url(#${id}-b)`);

function Legend({ series, id }: { series: readonly Series[]; id: string }) {
  const styles = useStyles();
  if (series.length < 2) return null;
  return (
    <ul className={styles.legend} aria-hidden="true">
      {series.map((entry, index) => (
        <li key={entry.name} className={styles.legendItem}>
          <svg width="14" height="14">
            {index === 1 && <Patterns id={`${id}-legend`} />}
            <rect
              width="14"
              height="14"
              className={mergeClasses(index === 0 ? styles.seriesA : undefined, styles.outline)}
              fill={paint(`${id}-legend`, index)}
            />
          </svg>
          {entry.name}
        </li>
      ))}
    </ul>
  );
}

/** Vertical bars per category (a week), one bar per series side by side. */
export function GroupedBarChart({
  categories,
  series,
  summary,
}: {
  categories: readonly string[];
  series: readonly Series[];
  summary: string;
}) {
  const styles = useStyles();
  const id = useId().replace(/:/g, "");
  const [ref, width] = useWidth<HTMLDivElement>();
  const height = 200;
  const margin = { top: 16, right: 8, bottom: 28, left: 32 };
  const plotWidth = Math.max(80, width - margin.left - margin.right);
  const plotHeight = height - margin.top - margin.bottom;
  const max = niceMax(Math.max(0, ...series.flatMap((entry) => entry.values)));
  const y = (value: number) => margin.top + plotHeight - (value / max) * plotHeight;
  const band = plotWidth / Math.max(1, categories.length);
  const gap = Math.min(8, band * 0.2);
  const barWidth = Math.max(1, (band - gap) / series.length);
  // Label every nth week so labels never overlap, whatever the width.
  const every = Math.max(1, Math.ceil(categories.length / Math.max(1, Math.floor(plotWidth / 56))));
  const showValues = barWidth >= 14;

  return (
    <div ref={ref} className={styles.frame}>
      <svg className={styles.svg} width={width} height={height} role="img" aria-label={summary}>
        <Patterns id={id} />
        {ticks(max).map((tick) => (
          <g key={tick}>
            <line
              className={tick === 0 ? styles.axis : styles.grid}
              x1={margin.left}
              x2={margin.left + plotWidth}
              y1={y(tick)}
              y2={y(tick)}
            />
            <text
              className={styles.label}
              x={margin.left - 6}
              y={y(tick)}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {tick}
            </text>
          </g>
        ))}
        {categories.map((category, index) => {
          const x0 = margin.left + index * band + gap / 2;
          return (
            <g key={category}>
              {series.map((entry, seriesIndex) => {
                const value = entry.values[index] ?? 0;
                const x = x0 + seriesIndex * barWidth;
                return (
                  <g key={entry.name}>
                    <rect
                      x={x}
                      y={y(value)}
                      width={Math.max(1, barWidth - 1)}
                      height={Math.max(0, margin.top + plotHeight - y(value))}
                      className={mergeClasses(seriesIndex === 0 && styles.seriesA, styles.outline)}
                      fill={paint(id, seriesIndex)}
                    />
                    {showValues && value > 0 && (
                      <text
                        className={styles.value}
                        x={x + barWidth / 2}
                        y={y(value) - 4}
                        textAnchor="middle"
                      >
                        {value}
                      </text>
                    )}
                  </g>
                );
              })}
              {index % every === 0 && (
                <text className={styles.label} x={x0 + (band - gap) / 2} y={height - 8} textAnchor="middle">
                  {category}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <Legend series={series} id={id} />
    </div>
  );
}

/** One horizontal bar per label, with its value and share written out. */
export function HorizontalBarChart({
  rows,
  summary,
  format,
}: {
  rows: readonly { label: string; value: number }[];
  summary: string;
  format(value: number): string;
}) {
  const styles = useStyles();
  const [ref, width] = useWidth<HTMLDivElement>();
  const labelWidth = Math.min(140, Math.max(90, width * 0.3));
  const valueWidth = 96;
  const rowHeight = 28;
  const barArea = Math.max(40, width - labelWidth - valueWidth);
  const max = Math.max(1, ...rows.map((row) => row.value));
  return (
    <div ref={ref} className={styles.frame}>
      <svg
        className={styles.svg}
        width={width}
        height={rows.length * rowHeight}
        role="img"
        aria-label={summary}
      >
        {rows.map((row, index) => {
          const barLength = (row.value / max) * barArea;
          const y = index * rowHeight;
          return (
            <g key={row.label}>
              <text
                className={styles.label}
                x={labelWidth - 8}
                y={y + rowHeight / 2}
                textAnchor="end"
                dominantBaseline="middle"
              >
                {row.label}
              </text>
              <rect
                x={labelWidth}
                y={y + 6}
                width={barArea}
                height={rowHeight - 12}
                className={styles.emptyBar}
                opacity={0.4}
              />
              <rect
                x={labelWidth}
                y={y + 6}
                width={Math.max(row.value > 0 ? 2 : 0, barLength)}
                height={rowHeight - 12}
                className={mergeClasses(styles.seriesA, styles.outline)}
              />
              <text
                className={styles.value}
                x={labelWidth + barArea + 8}
                y={y + rowHeight / 2}
                dominantBaseline="middle"
              >
                {format(row.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/** A strip of weeks: filled where the team had a learning moment, outlined where it did not. */
export function WeekStrip({ active, summary }: { active: readonly boolean[]; summary: string }) {
  const styles = useStyles();
  const [ref, width] = useWidth<HTMLDivElement>();
  const size = Math.max(8, Math.min(28, Math.floor(width / Math.max(1, active.length)) - 4));
  return (
    <div ref={ref} className={styles.frame}>
      <svg className={styles.svg} width={width} height={size + 4} role="img" aria-label={summary}>
        {active.map((on, index) => (
          <rect
            key={index}
            x={index * (size + 4) + 1}
            y={1}
            width={size}
            height={size}
            rx={3}
            className={mergeClasses(on ? styles.seriesA : undefined, styles.outline)}
            fill={on ? undefined : "none"}
          />
        ))}
      </svg>
    </div>
  );
}
