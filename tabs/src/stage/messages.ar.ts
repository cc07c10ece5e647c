import type { Messages } from "../i18n/messages-type";
import type { stage } from "./messages";

export const ar: Messages<typeof stage> = {
  "stage.label": "لحظة تعلّم على منصة الاجتماع",
  "stage.waiting": "بانتظار بدء لحظة تعلّم…",
  "stage.closed": "أُغلقت لحظة التعلّم هذه.",
  "stage.count":
    "{count, plural, zero {لا إجابات} one {إجابة واحدة} two {إجابتان} few {# إجابات} many {# إجابة} other {# إجابة}}",
  "stage.hiddenOnReveal": "ستظهر الإجابات هنا عندما يُظهرها الميسّر.",
  "stage.hiddenAfterAnswer": "ستظهر الإجابات هنا بعد أن تشارك إجابتك.",
  "stage.noAnswers": "لا إجابات بعد.",
  "stage.answers": "الإجابات",
  "stage.anonymous": "مجهول الهوية",
  "stage.trouble": "جارٍ إعادة الاتصال…",
};
