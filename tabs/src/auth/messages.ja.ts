import type { Messages } from "../i18n/messages-type";
import type { auth } from "./messages";

export const ja: Messages<typeof auth> = {
  "problem.signIn.title": "続行するにはサインインしてください",
  "problem.signIn.body":
    "Learning Loop が Teams のサインイン情報を使うには、あなたの許可が必要です。サインインして許可すると、アプリが読み込まれます。",
  "problem.signIn.action": "サインイン",
  "problem.signIn.busy": "サインインしています…",
  "problem.signIn.failed": "サインインが完了しませんでした（{reason}）。もう一度お試しください。",
  "problem.noAccess.title": "このチームまたはチャットへのアクセス権がありません",
  "problem.noAccess.body":
    "Learning Loop では、チームの学びはそのメンバーにのみ表示されます。チームの所有者または会議の開催者に追加を依頼してから、アプリをもう一度開いてください。",
  "problem.notOnboarded.title": "Learning Loop はまだ組織で設定されていません",
  "problem.notOnboarded.body":
    "組織に Learning Loop がまだインストールされていません。Teams 管理者にアプリの追加を依頼してから、もう一度お試しください。",
  "problem.unavailable.title": "現在 Learning Loop に接続できません",
  "problem.unavailable.body":
    "サービスが混み合っているか、利用できません。しばらくしてからもう一度お試しください。",
  "problem.generic.title": "問題が発生しました",
  "problem.retry": "再試行",
  "problem.text.network": "接続できませんでした。接続を確認して、もう一度お試しください。",
  "problem.text.invalid": "受け付けられませんでした。入力内容を確認して、もう一度お試しください。",
  "problem.text.forbidden": "ここではその操作はできません。必要な場合はチームの所有者に依頼してください。",
  "problem.text.notFound":
    "これはもう存在しません。削除された可能性があります。再読み込みして現在の状態を確認してください。",
  "problem.text.conflict": "その間に行われた変更と競合しています。再読み込みして、もう一度お試しください。",
  "problem.text.stale": "たった今ほかの人が変更しました。再読み込みして、もう一度お試しください。",
  "problem.text.tooLarge": "長すぎて送信できません。短くして、もう一度お試しください。",
  "problem.text.other": "問題が発生しました。しばらくしてから、もう一度お試しください。",
  "auth.page.title": "Learning Loop へのサインイン",
  "auth.page.working": "サインインしています…",
  "auth.page.done": "サインインしました。このウィンドウは閉じてかまいません。",
  "auth.page.failed": "サインインが完了しませんでした: {reason}",
  "auth.page.outsideTeams":
    "このページは Learning Loop のサインインの一部で、Teams から開いたときにのみ動作します。",
};
