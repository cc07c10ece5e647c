import type { Messages } from "../i18n/messages-type";
import type { config } from "./messages";

export const ja: Messages<typeof config> = {
  "config.title": "Learning Loop の設定",
  "config.loading": "このチームの設定を読み込んでいます…",
  "config.loadFailedHelp":
    "タブは今すぐ追加でき、設定は後からタブの「設定」で変更できます。または、もう一度読み込んでみてください。",
  "config.reload": "設定を再読み込み",
  "config.intro":
    "これらの設定は、このチームまたはチャットの全員に適用されます。「保存」を選択すると、設定が保存されてタブが追加されます。",
  "config.member":
    "これらの設定を変更できるのは、このチームの所有者だけです。タブは追加できます。「保存」を選択してください。",
  "config.current": "現在の設定",
  "config.name": "名前",
  "config.nameHint": "カードやエクスポートで、このチームを表す名前です。",
  "config.rotation": "問いのローテーション",
  "config.rotationHint":
    "曜日ごとのスタンドアップで提案される問いです。ファシリテーターはいつでも別の問いを選べます。",
  "config.customPrompts": "チームの問い",
  "config.unknownPrompt": "削除された問い",
  "config.revealMode": "回答表示の既定モード",
  "config.reveal.live": "ライブ",
  "config.reveal.live.hint": "回答は届きしだい表示されます",
  "config.reveal.afterAnswer": "回答後",
  "config.reveal.afterAnswer.hint": "自分が回答すると、他の人の回答が見えるようになります",
  "config.reveal.onReveal": "公開時",
  "config.reveal.onReveal.hint":
    "ファシリテーターが公開するまで、回答は表示されません（リーダーは最後に話す）",
  "config.anonymousDefault": "既定で匿名で回答する",
  "config.pulse": "チームパルス",
  "config.pulse.off": "オフ（所有者はサイドパネルからいつでも開始できます）",
  "config.pulse.monthly": "毎月（月に 1 回、自動で開始）",
  "config.pulseHint":
    "心理的安全性についての 5 つの設問に匿名で答えるパルスです。結果は、5 人以上が回答した場合にのみ、チームの平均として表示されます。",
  "config.notifications": "通知",
  "config.notification.promptCard": "会議チャットへの問いのカード",
  "config.notification.roundSummary": "チャネルへの学びの時間のまとめ",
  "config.notification.weeklyDigest": "週次ダイジェスト",
  "config.notification.checkBackReminder": "実験のフォローアップのリマインダー",
  "config.notification.meetingNudge": "未回答の人への会議中のリマインド",
  "config.notification.afterAction": "外部イベントによる事後レビューのカード",
  "config.notification.lessonTried": "他のチームが自分たちの学びを試したときのカード",
  "config.language": "チームのカードの言語",
  "config.languageHint":
    "Learning Loop がチームの会話に投稿するカードは、この言語で表示されます。アプリ自体は、各自の Teams の言語で表示されます。",
  "config.timezone": "タイムゾーン",
  "config.timezoneHint": "ローテーション、履歴、インサイトでの「今日」と「今週」の基準になります。",
  "config.retention": "履歴の保持期間（日数）",
  "config.retentionHint":
    "空欄にすると、チームが削除するまで履歴を保持します。指定する場合は {min}～{max} 日です。",
  "config.retentionPlaceholder": "削除するまで保持",
  "config.retentionForever": "チームが削除するまで",
  "config.retentionDays": "{count, plural, other {# 日}}",
  "config.saveHint": "変更は「保存」を選択すると保存されます。",
  "config.yes": "はい",
  "config.no": "いいえ",
  "config.none": "なし",
  "config.cancel": "キャンセル",
  "config.deleting": "削除しています…",
  "config.problem.nameRequired": "チームの名前を入力してください。",
  "config.problem.nameTooLong": "名前は {nameMax} 文字以内にしてください。",
  "config.problem.retention": "{min}～{max} の整数で日数を入力するか、空欄のままにしてください。",
  "config.problem.timezone": "一覧からタイムゾーンを選択してください。",
  "config.problem.unknownPrompt": "この問いは削除されています。別の問いを選択してください。",
  "config.save.stale":
    "編集中に他の人がこの設定を変更しました。設定を再読み込みして、もう一度お試しください。",
  "config.save.staleHelp": "その間に設定が変更されたため、あなたの変更は保存されませんでした。",
  "config.save.failed": "設定を保存できませんでした。",
  "config.data": "あなたのデータ",
  "config.erase.explain":
    "このチームまたはチャットであなたが書いたもの（匿名を含むすべての回答とリアクション）を削除します。あなたが開始した学びの時間や担当している実験など、名前だけが記録されている箇所からは、名前が削除されます。",
  "config.erase.button": "このチームの自分のデータを削除",
  "config.erase.title": "このチームのあなたのデータを削除しますか？",
  "config.erase.confirm":
    "ここでのあなたの回答とリアクションは完全に削除され、学びの時間と実験からあなたの名前が削除されます。この操作は元に戻せません。",
  "config.erase.confirmButton": "自分のデータを削除",
  "config.erase.done":
    "完了しました。{answers, plural, other {回答 # 件}}と{reactions, plural, other {リアクション # 件}}を削除し、{named, plural, other {# 件の項目}}からあなたの名前を削除しました。",
  "config.purge.explain":
    "所有者は、このチームの Learning Loop のデータ（すべての学びの時間、回答、実験、設定）を削除できます。",
  "config.purge.button": "このチームの Learning Loop データをすべて削除",
  "config.purge.title": "このチームの Learning Loop データをすべて削除しますか？",
  "config.purge.confirm":
    "このチームの全員の学びの時間、回答、リアクション、実験、問い、設定が完全に削除されます。この操作は元に戻せません。",
  "config.purge.typeName": "確認のため、チームの名前を入力してください: {name}",
  "config.purge.confirmButton": "すべて削除",
  "config.purge.done": "このチームの Learning Loop データをすべて削除しました。設定は既定値に戻りました。",
  "config.webhook.title": "事後レビューの Webhook",
  "config.webhook.explain":
    "リリースパイプラインやインシデント管理システムなどのツールから、何かが起きたときに事後レビューを開始できます。このチームのシークレットで署名して、Learning Loop のイベントエンドポイントに送信します。",
  "config.webhook.rotate": "新しい Webhook シークレットを作成",
  "config.webhook.rotating": "作成しています…",
  "config.webhook.confirm":
    "新しいシークレットは、ただちに現在のシークレットと置き換わります。古いシークレットを使っているツールは、新しいシークレットを設定するまで動作しなくなります。",
  "config.webhook.confirmButton": "シークレットを置き換える",
  "config.webhook.once":
    "今すぐシークレットをコピーして、ツールのシークレットストアに保存してください。表示されるのは今回だけです。",
  "config.webhook.secret": "Webhook シークレット",
  "config.webhook.copy": "シークレットをコピー",
  "config.webhook.copied": "コピーしました。",
  "config.webhook.copyFailed":
    "ここではコピーが許可されませんでした。シークレットを選択して Ctrl+C（Mac では ⌘C）を押してください。",
  "config.webhook.hide": "シークレットを非表示",
  "config.webhook.unsupported":
    "この Learning Loop サーバーは、まだ Webhook シークレットに対応していません。",
  "config.webhook.noSecret": "サーバーからシークレットが返されませんでした。",
  "config.reviewLabel": "レビューを開始する GitHub Issue のラベル",
  "config.reviewLabelHint":
    "このラベルが付いた Issue がクローズされると、事後レビューが始まります。既定: incident",
  "config.reviewTag": "レビューを開始する Azure DevOps 作業項目のタグ",
  "config.reviewTagHint":
    "このタグが付いた作業項目が Closed または Done になると、事後レビューが始まります。既定: incident",
  "config.problem.label": "セミコロンを含まない 1～50 文字で入力してください。",
  "config.sources.title": "事後レビューの開始元",
  "config.sources.intro":
    "GitHub、Azure DevOps、または独自のツールから、何かが起きたときに事後レビューを開始できます。それぞれ下記の専用アドレスに、このチームの Webhook シークレットを使って送信します。",
  "config.sources.noSecret":
    "Webhook シークレットはまだありません。所有者が下で作成し、各送信元に設定してください。",
  "config.sources.url": "{source} のアドレス",
  "config.sources.copy": "アドレスをコピー",
  "config.sources.copyLabel": "{source} のアドレスをコピー",
  "config.sources.starts": "レビューを開始するイベント:",
  "config.sources.github.name": "GitHub",
  "config.sources.github.secret":
    "リポジトリで Settings → Webhooks → Add webhook を開きます。Payload URL: このアドレス、Content type: application/json、Secret: チームの Webhook シークレット。イベントは Releases、Deployment statuses、Issues を選択します。",
  "config.sources.github.release": "リリースが公開された",
  "config.sources.github.deployment": "デプロイが失敗またはエラーになった",
  "config.sources.github.issue": "ラベル「{label}」の付いた Issue がクローズされた",
  "config.sources.azureDevOps.name": "Azure DevOps",
  "config.sources.azureDevOps.secret":
    "プロジェクトで「プロジェクトの設定」→「サービス フック」→「サブスクリプションの作成」→「Web Hooks」を開きます。URL: このアドレス、基本認証のパスワード: チームの Webhook シークレット（ユーザー名は任意）。または、HTTP ヘッダー X-LearningLoop-Secret で送信します。",
  "config.sources.azureDevOps.build": "ビルドが失敗した（Build completed）",
  "config.sources.azureDevOps.deployment": "リリースのデプロイが完了した（Release deployment completed）",
  "config.sources.azureDevOps.run": "パイプラインの実行が完了した（Run state changed）",
  "config.sources.azureDevOps.workItem":
    "タグ「{tag}」の付いた作業項目が Closed または Done になった（Work item updated）",
  "config.sources.generic.name": "独自のツール（署名付きイベント）",
  "config.sources.generic.secret":
    '各リクエストに、チームの Webhook シークレットで署名し、{header} ヘッダーに入れます: t=<Unix 秒>,v1=<"<t>.<body>" の HMAC-SHA256（16 進数）>。方法は README を参照してください。',
  "config.sources.generic.any":
    "送信するすべてのイベント（リリース、インシデント、スプリント、デプロイ、ビルドなど）",
  "config.sources.last.none": "まだ何も受信していません。",
  "config.sources.last.started": "最終受信 {time}: レビューを開始しました。",
  "config.sources.last.repeated": "最終受信 {time}: 再送信のため、新しいレビューは開始していません。",
  "config.sources.last.ignored": "最終受信 {time}: 何も開始していません（{reason}）。",
  "config.sources.last.refused": "最終拒否 {time}: {reason}。",
};
