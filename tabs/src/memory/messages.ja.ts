import type { Messages } from "../i18n/messages-type";
import type { memory } from "./messages";

export const ja: Messages<typeof memory> = {
  "memory.title": "チームの履歴から",
  "memory.tried": "以前に試したことはありますか？",
  "memory.loading": "履歴を調べています…",
  "memory.none": "履歴には、まだ関連するものはありません。",
  "memory.failed": "現在、履歴を検索できません。",
  "memory.answer": "{date} の回答",
  "memory.experiment": "実験",
  "memory.experimentFrom": "{date} の実験",
  "memory.status.planned": "予定",
  "memory.status.running": "実施中",
  "memory.status.done": "完了",
  "memory.status.dropped": "中止",
  "memory.outcome": "結果: {outcome}",
  "memory.noOutcome": "結果はまだ記録されていません。",
  "memory.open": "この学びの時間を履歴で開く",
  "memory.openNamed": "{date} の学びの時間を履歴で開く",
};
