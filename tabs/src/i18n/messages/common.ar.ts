import type { Messages } from "../messages-type";
import type { common } from "./common";

export const ar: Messages<typeof common> = {
  "app.title": "Learning Loop",
  "app.connecting": "جارٍ الاتصال بـ Teams…",
  "app.failed": "تعذّر تشغيل Learning Loop: {message}",
  "app.outside": "يعمل Learning Loop داخل Microsoft Teams. أضِفه إلى اجتماع أو قناة لاستخدامه.",
  "app.outsideDev": "هل تطوّر محليًا؟ افتح صفحة استضافة Teams المحلية.",
  "error.load": "تعذّر التحميل: {message}",
  "common.loading": "جارٍ التحميل…",
  "common.clearSearch": "مسح البحث",
  "app.pageFailed": "تعذّر تحميل هذا الجزء من Learning Loop. أعد التحميل للمحاولة مجددًا.",
  "app.reload": "إعادة التحميل",
  "app.partFailed": "تعذّر تحميل هذا الجزء. تحقّق من الاتصال، ثم أعد تحميل اللوحة.",
};
