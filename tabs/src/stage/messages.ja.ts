import type { Messages } from "../i18n/messages-type";
import type { stage } from "./messages";

export const ja: Messages<typeof stage> = {
  "stage.label": "会議ステージの学びの時間",
  "stage.waiting": "学びの時間の開始を待っています…",
  "stage.closed": "この学びの時間は終了しました。",
  "stage.count": "{count, plural, other {回答 # 件}}",
  "stage.hiddenOnReveal": "ファシリテーターが公開すると、ここに回答が表示されます。",
  "stage.hiddenAfterAnswer": "自分の回答を共有すると、ここに回答が表示されます。",
  "stage.noAnswers": "まだ回答はありません。",
  "stage.answers": "回答",
  "stage.anonymous": "匿名",
  "stage.trouble": "再接続しています…",
};
