import type { Messages } from "../i18n/messages-type";
import type { owners } from "./messages";

export const ja: Messages<typeof owners> = {
  "owners.picker.open": "ユーザーを表示",
  "owners.picker.placeholder": "チームから検索、または名前を入力",
  "owners.picker.noMatch":
    "このチームまたはチャットに該当する人はいません。名前は入力したとおりに保存されます。",
  "owners.picker.failed": "現在、ユーザーを検索できません。名前は入力したとおりに保存されます。",
  "owners.picker.picked": "フォローアップの時期になると、{name} さんにリマインダーが届きます。",
  "owners.mine.title": "自分の実験",
  "owners.mine.intro": "すべてのチームと会議で、あなたが担当している実験です。",
  "owners.mine.loading": "あなたの実験を読み込んでいます…",
  "owners.mine.empty":
    "担当している実験はまだありません。チームで何かを試すときは、自分を担当者に選びましょう。",
  "owners.mine.list": "担当している実験",
  "owners.mine.more": "さらに表示",
  "owners.mine.scope": "場所: {name}",
  "owners.mine.due": "フォローアップ: {date}",
  "owners.mine.dueNow": "フォローアップ時期: {date}",
  "owners.mine.noCheckBack": "フォローアップ日なし",
  "owners.mine.outcome": "結果: {outcome}",
  "owners.mine.openHistory": "履歴で開く",
  "owners.mine.openHistoryLabel": "履歴で開く: 「{text}」",
  "owners.mine.close": "閉じる",
  "owners.status.planned": "予定",
  "owners.status.running": "実施中",
  "owners.status.done": "完了",
  "owners.status.dropped": "中止",
};
