import type { Messages } from "../i18n/messages-type";
import type { pulseResults } from "./results-messages";

export const ja: Messages<typeof pulseResults> = {
  "pulse.results.title": "チームパルス",
  "pulse.results.note":
    "各設問に対するチームの平均的な同意度（1～5）です。5 人以上が回答して終了したパルスのみを表示し、個人ごとの結果は表示しません。",
  "pulse.results.none": "5 人以上が回答して終了したチームパルスはまだありません。",
  "pulse.results.loading": "チームパルスの結果を読み込んでいます…",
  "pulse.results.table": "チームパルスの結果",
  "pulse.results.summary":
    "チームパルスの推移（結果のある {count, plural, other {# 回}}、{from}～{to}）: 全体の平均は {first} から {last} へ（1～5）。",
  "pulse.results.summaryOne": "{date} のチームパルス: 全体の平均は {value}（1～5）。",
  "pulse.col.date": "実施日",
  "pulse.col.responses": "回答数",
  "pulse.col.overall": "全体",
  "pulse.short.mistakes": "ミス",
  "pulse.short.problems": "問題提起",
  "pulse.short.risk": "リスク",
  "pulse.short.help": "助け合い",
  "pulse.short.valued": "尊重",
  "pulse.row.fewer": "5 人未満",
  "pulse.row.open": "実施中",
  "pulse.none": "—",
};
