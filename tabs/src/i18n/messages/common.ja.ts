import type { Messages } from "../messages-type";
import type { common } from "./common";

export const ja: Messages<typeof common> = {
  "app.title": "Learning Loop",
  "app.connecting": "Teams に接続しています…",
  "app.failed": "Learning Loop を起動できませんでした: {message}",
  "app.outside":
    "Learning Loop は Microsoft Teams 内で動作します。会議またはチャネルに追加してご利用ください。",
  "app.outsideDev": "ローカルで開発中の場合は、ローカルの Teams ホストページを開いてください。",
  "error.load": "読み込めませんでした: {message}",
  "common.loading": "読み込んでいます…",
  "common.clearSearch": "検索をクリア",
  "app.pageFailed": "Learning Loop のこの部分を読み込めませんでした。再読み込みしてください。",
  "app.reload": "再読み込み",
  "app.partFailed": "この部分を読み込めませんでした。接続を確認してから、パネルを再読み込みしてください。",
};
