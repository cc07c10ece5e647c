import { LEARNING_MODES } from "@learning-loop/contract";
import type { InsightsResponse } from "@learning-loop/contract";
import { Button, Field, Select, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { InsightCard, useInsightStyles } from "./insight-card";
import { useCallback, useId, useState } from "react";
import { useResource } from "../data/use-resource";
import type { ReactNode } from "react";
import { callApi, scopePath } from "../api/api-client";
import { ProblemState } from "../auth/ProblemState";
import { t } from "../i18n/i18n";
import { formatDay, formatDayShort, formatMonth, modeLabel } from "../history/format";
import { PulseInsights } from "../pulse/PulseInsights";
import { share } from "./chart-scale";
import { GroupedBarChart, HorizontalBarChart, WeekStrip } from "./charts";
import { ModeSuggestion } from "./ModeSuggestion";

const PERIODS = [4, 12, 26, 52] as const;

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  toolbar: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
    paddingTop: tokens.spacingVerticalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 380px), 1fr))",
    gap: tokens.spacingHorizontalL,
  },
  streak: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * Insights for the team as a whole: participation per week, the balance of learning modes,
 * experiments started against those closed with an outcome, and the streak of weeks with a
 * learning moment. Nothing here is per person, and nothing ranks anyone. Loaded as its own chunk.
 */
export default function Insights({ scope, locale }: { scope: string; locale: string }) {
  const styles = useStyles();
  const [weeks, setWeeks] = useState<number>(12);
  const insights = useResource<InsightsResponse>(
    useCallback(
      (signal: AbortSignal) =>
        callApi<InsightsResponse>(`${scopePath(scope)}/insights?weeks=${weeks}`, { signal }),
      [scope, weeks],
    ),
  );
  const data = insights.current.state === "ready" ? insights.current.data : null;

  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  const percent = (value: number) => new Intl.NumberFormat(locale, { style: "percent" }).format(value);

  return (
    <section className={styles.page} aria-labelledby="insights-heading">
      <div className={styles.toolbar}>
        <h2 id="insights-heading" className={styles.title}>
          {t("insights.title")}
        </h2>
        <Field label={t("insights.period")} orientation="horizontal">
          <Select value={String(weeks)} onChange={(_event, option) => setWeeks(Number(option.value))}>
            {PERIODS.map((period) => (
              <option key={period} value={period}>
                {t("insights.weeks", { count: period })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {insights.current.state === "failed" ? (
        <ProblemState error={insights.current.error} onRetry={insights.retry} />
      ) : !data ? (
        <Spinner label={t("history.insights.loading")} />
      ) : (
        <>
          <ModeSuggestion scope={scope} modes={data.modes} percent={percent} />
          <InsightCards data={data} number={number} percent={percent} />
        </>
      )}
      <PulseInsights scope={scope} locale={locale} />
    </section>
  );
}

function InsightCards({
  data,
  number,
  percent,
}: {
  data: InsightsResponse;
  number(value: number): string;
  percent(value: number): string;
}) {
  const styles = useStyles();
  const shared = useInsightStyles();
  const weekLabels = data.weeks.map((week) => formatDayShort(week.weekStart));
  const weekNames = data.weeks.map((week) => formatDay(week.weekStart));
  const first = weekNames[0] ?? "";
  const last = weekNames[weekNames.length - 1] ?? "";
  const totalAnswers = data.weeks.reduce((sum, week) => sum + week.answers, 0);
  const modes = [...LEARNING_MODES, "untagged" as const].map((mode) => ({
    label: mode === "untagged" ? t("insights.modes.untagged") : modeLabel(mode),
    value: data.modes[mode],
  }));
  const modeTotal = modes.reduce((sum, mode) => sum + mode.value, 0);

  return (
    <div className={styles.grid}>
      <InsightCard title={t("insights.streak.title")} id="streak">
        <Text className={styles.streak}>{number(data.streakWeeks)}</Text>
        <Text>{t("insights.streak.text", { count: data.streakWeeks })}</Text>
        <WeekStrip
          active={data.weeks.map((week) => week.rounds > 0)}
          summary={t("insights.streak.summary", {
            active: data.weeks.filter((week) => week.rounds > 0).length,
            total: data.weeks.length,
          })}
        />
        <DataTable
          caption={t("insights.streak.table")}
          headers={[t("insights.col.week"), t("insights.col.rounds")]}
        >
          {data.weeks.map((week, index) => (
            <tr key={week.weekStart}>
              <th scope="row">{weekNames[index]}</th>
              <td>{number(week.rounds)}</td>
            </tr>
          ))}
        </DataTable>
      </InsightCard>

      <InsightCard title={t("insights.participation.title")} id="participation">
        <Text className={shared.note}>{t("insights.participation.note")}</Text>
        <GroupedBarChart
          categories={weekLabels}
          series={[
            { name: t("insights.col.answers"), values: data.weeks.map((week) => week.answers) },
            { name: t("insights.col.participants"), values: data.weeks.map((week) => week.participants) },
          ]}
          summary={t("insights.participation.summary", { from: first, to: last, answers: totalAnswers })}
        />
        <DataTable
          caption={t("insights.participation.table")}
          headers={[
            t("insights.col.week"),
            t("insights.col.rounds"),
            t("insights.col.answers"),
            t("insights.col.anonymous"),
            t("insights.col.participants"),
          ]}
        >
          {data.weeks.map((week, index) => (
            <tr key={week.weekStart}>
              <th scope="row">{weekNames[index]}</th>
              <td>{number(week.rounds)}</td>
              <td>{number(week.answers)}</td>
              <td>{number(week.anonymousAnswers)}</td>
              <td>{number(week.participants)}</td>
            </tr>
          ))}
        </DataTable>
      </InsightCard>

      <InsightCard title={t("insights.modes.title")} id="modes">
        <Text className={shared.note}>{t("insights.modes.note")}</Text>
        <HorizontalBarChart
          rows={modes}
          format={(value) => `${number(value)} (${percent(share(value, modeTotal))})`}
          summary={t("insights.modes.summary", {
            parts: modes.map((mode) => `${mode.label} ${percent(share(mode.value, modeTotal))}`).join(", "),
          })}
        />
        <DataTable
          caption={t("insights.modes.table")}
          headers={[t("insights.col.mode"), t("insights.col.answers"), t("insights.col.share")]}
        >
          {modes.map((mode) => (
            <tr key={mode.label}>
              <th scope="row">{mode.label}</th>
              <td>{number(mode.value)}</td>
              <td>{percent(share(mode.value, modeTotal))}</td>
            </tr>
          ))}
        </DataTable>
      </InsightCard>

      <InsightCard title={t("insights.reviews.title")} id="reviews">
        <Text className={shared.note}>{t("insights.reviews.note")}</Text>
        <Text>{t("insights.reviews.toStart", { time: duration(data.reviews.medianMinutesToStart) })}</Text>
        <Text>{t("insights.reviews.toClose", { time: duration(data.reviews.medianMinutesToClose) })}</Text>
        <DataTable
          caption={t("insights.reviews.table")}
          headers={[t("insights.col.month"), t("insights.col.reviews")]}
        >
          {data.reviews.perMonth.map((entry) => (
            <tr key={entry.month}>
              <th scope="row">{formatMonth(entry.month)}</th>
              <td>{number(entry.count)}</td>
            </tr>
          ))}
        </DataTable>
      </InsightCard>

      <InsightCard title={t("insights.experiments.title")} id="experiments">
        <Text className={shared.note}>
          {t("insights.experiments.totals", {
            started: data.experiments.started,
            closed: data.experiments.closedWithOutcome,
            dropped: data.experiments.dropped,
          })}
        </Text>
        <GroupedBarChart
          categories={weekLabels}
          series={[
            { name: t("insights.col.started"), values: data.weeks.map((week) => week.experimentsStarted) },
            {
              name: t("insights.col.closed"),
              values: data.weeks.map((week) => week.experimentsClosedWithOutcome),
            },
          ]}
          summary={t("insights.experiments.summary", {
            from: first,
            to: last,
            started: data.experiments.started,
            closed: data.experiments.closedWithOutcome,
          })}
        />
        <DataTable
          caption={t("insights.experiments.table")}
          headers={[t("insights.col.week"), t("insights.col.started"), t("insights.col.closed")]}
        >
          {data.weeks.map((week, index) => (
            <tr key={week.weekStart}>
              <th scope="row">{weekNames[index]}</th>
              <td>{number(week.experimentsStarted)}</td>
              <td>{number(week.experimentsClosedWithOutcome)}</td>
            </tr>
          ))}
        </DataTable>
      </InsightCard>
    </div>
  );
}

/** A median duration in the largest unit that keeps it readable. */
function duration(minutes: number | null): string {
  if (minutes === null) return t("insights.reviews.none");
  if (minutes < 120) return t("insights.reviews.minutes", { count: minutes });
  if (minutes < 48 * 60) return t("insights.reviews.hours", { count: Math.round(minutes / 60) });
  return t("insights.reviews.days", { count: Math.round(minutes / (24 * 60)) });
}

/**
 * The chart's numbers as a real table: behind a disclosure so that the cards stay short, one
 * keypress away for anyone who reads tables rather than pictures.
 */
function DataTable({
  caption,
  headers,
  children,
}: {
  caption: string;
  headers: string[];
  children: ReactNode;
}) {
  const styles = useInsightStyles();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div>
      <Button
        appearance="subtle"
        size="small"
        aria-expanded={open}
        {...(open ? { "aria-controls": id } : {})}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? "▾ " : "▸ "}</span>
        {t("insights.table.toggle", { name: caption })}
      </Button>
      {open && (
        <div className={styles.tableWrap} id={id}>
          <table className={styles.table}>
            <caption>{caption}</caption>
            <thead>
              <tr>
                {headers.map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </div>
  );
}
