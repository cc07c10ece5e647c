/**
 * The team pulse's results in Insights: loaded with the full catalog (i18n/catalog.ts), not with
 * the side panel's first paint.
 */
export const pulseResults = {
  "pulse.results.title": "Team pulse",
  "pulse.results.note":
    "The team's average agreement (1–5) with each statement. Shown only for closed pulses that at least 5 people answered; never per person.",
  "pulse.results.none": "No team pulse has closed with at least 5 answers yet.",
  "pulse.results.loading": "Loading team pulse results…",
  "pulse.results.table": "Team pulse results",
  "pulse.results.summary":
    "Team pulse trend over {count, plural, one {# pulse} other {# pulses}} with results, from {from} to {to}: overall average {first} then {last} (1–5).",
  "pulse.results.summaryOne": "Team pulse on {date}: overall average {value} (1–5).",
  "pulse.col.date": "Pulse of",
  "pulse.col.responses": "Responses",
  "pulse.col.overall": "Overall",
  "pulse.short.mistakes": "Mistakes",
  "pulse.short.problems": "Problems",
  "pulse.short.risk": "Risk",
  "pulse.short.help": "Help",
  "pulse.short.valued": "Valued",
  "pulse.row.fewer": "fewer than 5",
  "pulse.row.open": "open",
  "pulse.none": "—",
} as const;
