import { PULSE_STATEMENTS } from "@learning-loop/contract";
import type { PulseResultsResponse, PulseStatementId } from "@learning-loop/contract";
import { Spinner, Text } from "@fluentui/react-components";
import { useInsightStyles } from "../insights/insight-card";
import { useCallback } from "react";
import { useResource } from "../data/use-resource";
import { callApi } from "../api/api-client";
import { ProblemState } from "../auth/ProblemState";
import { formatDay, formatDayShort } from "../history/format";
import { t } from "../i18n/i18n";
import { pulsePaths } from "./pulse-api";
import { PulseTrendChart } from "./PulseTrendChart";
import { trendLines, withNumbers } from "./pulse-trend";
import type { TrendLine } from "./pulse-trend";

const statementName = (id: PulseStatementId) => t(`pulse.short.${id}`);

/**
 * The team pulse in Insights: the trend of the team's averages and a table with one row per pulse.
 * Only the API's aggregates are shown; a pulse without numbers says why ("fewer than 5", "open").
 */
export function PulseInsights({ scope, locale }: { scope: string; locale: string }) {
  const styles = useInsightStyles();
  const results = useResource<PulseResultsResponse>(
    useCallback(
      (signal: AbortSignal) => callApi<PulseResultsResponse>(pulsePaths(scope).results, { signal }),
      [scope],
    ),
  );
  const data = results.current.state === "ready" ? results.current.data : null;

  const decimal = (value: number) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);

  return (
    <section className={styles.card} aria-labelledby="insight-pulse">
      <h3 id="insight-pulse" className={styles.heading}>
        {t("pulse.results.title")}
      </h3>
      <Text className={styles.note}>{t("pulse.results.note")}</Text>
      {results.current.state === "failed" ? (
        <ProblemState error={results.current.error} onRetry={results.retry} />
      ) : !data ? (
        <Spinner label={t("pulse.results.loading")} />
      ) : (
        <>
          <Trend data={data} decimal={decimal} />
          {data.pulses.length > 0 && (
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <caption>{t("pulse.results.table")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("pulse.col.date")}</th>
                    <th scope="col">{t("pulse.col.responses")}</th>
                    {PULSE_STATEMENTS.map((id) => (
                      <th key={id} scope="col" title={t(`pulse.statement.${id}`)}>
                        {statementName(id)}
                      </th>
                    ))}
                    <th scope="col">{t("pulse.col.overall")}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...data.pulses].reverse().map((pulse) => (
                    <tr key={pulse.id}>
                      <th scope="row">{formatDay(pulse.openedAt.slice(0, 10))}</th>
                      <td>
                        {pulse.responseCount !== null
                          ? new Intl.NumberFormat(locale).format(pulse.responseCount)
                          : pulse.status === "open"
                            ? t("pulse.row.open")
                            : t("pulse.row.fewer")}
                      </td>
                      {PULSE_STATEMENTS.map((id) => (
                        <td key={id}>{pulse.means ? decimal(pulse.means[id]) : t("pulse.none")}</td>
                      ))}
                      <td>{pulse.overall !== null ? decimal(pulse.overall) : t("pulse.none")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function Trend({
  data,
  decimal,
}: {
  data: PulseResultsResponse;
  decimal(value: number): string;
}) {
  const plotted = withNumbers(data.pulses);
  if (plotted.length === 0) return <Text>{t("pulse.results.none")}</Text>;
  const lines = trendLines(data.pulses);
  const names = Object.fromEntries([
    ["overall", t("pulse.col.overall")],
    ...PULSE_STATEMENTS.map((id) => [id, statementName(id)]),
  ]) as Record<TrendLine["key"], string>;
  const first = plotted[0]!;
  const last = plotted[plotted.length - 1]!;
  const day = (iso: string) => formatDay(iso.slice(0, 10));
  const summary =
    plotted.length === 1
      ? t("pulse.results.summaryOne", { date: day(first.openedAt), value: decimal(first.overall!) })
      : t("pulse.results.summary", {
          count: plotted.length,
          from: day(first.openedAt),
          to: day(last.openedAt),
          first: decimal(first.overall!),
          last: decimal(last.overall!),
        });
  return (
    <PulseTrendChart
      lines={lines}
      labels={plotted.map((pulse) => formatDayShort(pulse.openedAt.slice(0, 10)))}
      names={names}
      summary={summary}
    />
  );
}
