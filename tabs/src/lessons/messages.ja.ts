import type { Messages } from "../i18n/messages-type";
import type { lessons } from "./messages";

export const ja: Messages<typeof lessons> = {
  "lessons.tab": "他のチームから",
  "lessons.title": "他のチームから学ぶ",
  "lessons.intro": "組織内の他のチームが共有した学びです。何を学び、何を試したかを紹介しています。",
  "lessons.feedOff": "組織の管理者が、学びのフィードをオフにしています。",
  "lessons.sort": "並べ替え",
  "lessons.sort.newest": "新しい順",
  "lessons.sort.adopted": "採用の多い順",
  "lessons.search": "学びを検索",
  "lessons.mode": "学び方",
  "lessons.mode.all": "すべての学び方",
  "lessons.list": "学び",
  "lessons.loading": "学びを読み込んでいます…",
  "lessons.empty": "一致する学びはまだありません。",
  "lessons.more": "さらに読み込む",
  "lessons.fromTeam": "{team} から",
  "lessons.teamHidden": "チーム名は非表示",
  "lessons.by": "投稿者: {name}",
  "lessons.kind.answer": "回答",
  "lessons.kind.experiment": "実験",
  "lessons.outcome": "結果: {outcome}",
  "lessons.adopted": "{count, plural, other {# チームが採用}}",
  "lessons.tried": "{count, plural, other {# チームが試行}}",
  "lessons.triedList": "他のチームが試した結果",
  "lessons.triedBy": "{team}: {status}、{outcome}",
  "lessons.otherTeam": "あるチーム",
  "lessons.adopt": "自分のチームで試す",
  "lessons.adoptLabel": "自分のチームで試す: 「{text}」",
  "lessons.adoptInto": "試すチーム",
  "lessons.adoptIntoHint":
    "このデバイスで Learning Loop の履歴タブを開いたことがあるチームと会議です。ここに追加するには、そのチームの履歴タブを一度開いてください。",
  "lessons.noScopes":
    "いずれかのチームで Learning Loop の履歴タブを一度開くと、ここからそのチームで学びを試せるようになります。",
  "lessons.adopted.done": "{team} で実験として開始しました。",
  "lessons.unpublish": "公開を取り消す",
  "lessons.unpublishLabel": "公開を取り消す: 「{text}」",
  "lessons.unpublished": "学びの公開を取り消しました。",
  "lessons.share": "他のチームと共有",
  "lessons.shareLabel": "他のチームと共有: 「{text}」",
  "lessons.shareTitle": "他のチームと共有",
  "lessons.shareIntro":
    "組織内の全員が「他のチームから学ぶ」でこの内容を読み、自分のチームで試せるようになります。",
  "lessons.showName": "自分の名前を表示する",
  "lessons.anonymousStays": "匿名の回答だったため、この学びも匿名のままです。",
  "lessons.teamNameHidden":
    "チームの所有者が、学びにチーム名を表示しない設定にしています。チーム名は表示されません。",
  "lessons.hideTeam": "チーム名を表示しない",
  "lessons.publish": "共有",
  "lessons.cancel": "キャンセル",
  "lessons.published": "他のチームと共有しました。",
  "lessons.publishingOff": "チームの所有者が、他のチームとの共有をオフにしています。",
  "lessons.admin.heading": "テナント管理",
  "lessons.admin.intro":
    "あなたには組織の Learning Loop 管理者ロールがあります。ここでの変更は、すべてのチームとチャットに適用されます。",
  "lessons.admin.feed": "組織全体の学びのフィード",
  "lessons.admin.feedHint":
    "オフの間は、組織内の誰にも学びが表示されず、どのチームも学びを共有したり試したりできません。",
  "lessons.admin.feedNowOn": "組織全体で学びのフィードをオンにしました。",
  "lessons.admin.feedNowOff": "組織全体で学びのフィードをオフにしました。",
  "lessons.admin.erase.heading": "すべてのチームとチャットから個人のデータを消去",
  "lessons.admin.erase.intro":
    "退職後などにデータの消去を求められたときに使います。Learning Loop は、組織内のすべてのチームとチャットで、その人が「自分のデータを削除」を実行したのと同じようにデータを削除します。",
  "lessons.admin.erase.oid": "対象者の Microsoft Entra オブジェクト ID",
  "lessons.admin.erase.oidHint":
    "Microsoft Entra 管理センターの [ユーザー] で対象者を開き、オブジェクト ID をコピーしてください。",
  "lessons.admin.erase.oidInvalid":
    "Microsoft Entra オブジェクト ID は GUID の形式で入力してください（例: {example}）。",
  "lessons.admin.erase.button": "この人のデータを消去…",
  "lessons.admin.erase.title": "この人のデータをすべての場所から消去しますか？",
  "lessons.admin.erase.confirm":
    "この人が書いたものは、組織内のすべてのチームとチャットで削除されます。対象は、回答（匿名の回答を含む）、リアクション、チームパルスの回答、その人の回答から共有された学びです。名前だけが記録されている箇所（開始した学びの時間、担当している実験、追加した問い、共有した学び）からは名前が削除され、それ以外はチームに残ります。",
  "lessons.admin.erase.who": "オブジェクト ID",
  "lessons.admin.erase.final": "この操作は元に戻せません。",
  "lessons.admin.erase.confirmButton": "完全に消去",
  "lessons.admin.erase.busy": "消去しています…",
  "lessons.admin.erase.done":
    "オブジェクト ID {oid} の人のデータを、すべてのチームとチャットから消去しました。",
  "config.lessons.legend": "他のチームから学ぶ",
  "config.lessons.publishing": "メンバーが回答や実験を他のチームと共有できるようにする",
  "config.lessons.hideTeam": "共有した学びにこのチームの名前を表示しない",
};
