import type { Messages } from "../i18n/messages-type";
import type { auth } from "./messages";

export const ar: Messages<typeof auth> = {
  "problem.signIn.title": "سجّل الدخول للمتابعة",
  "problem.signIn.body":
    "يحتاج Learning Loop إلى إذنك لاستخدام تسجيل دخولك إلى Teams. سجّل الدخول لمنحه الإذن، وسيُحمَّل التطبيق بعدها.",
  "problem.signIn.action": "تسجيل الدخول",
  "problem.signIn.busy": "جارٍ تسجيل الدخول…",
  "problem.signIn.failed": "لم يكتمل تسجيل الدخول ({reason}). حاول مجددًا.",
  "problem.noAccess.title": "ليس لديك وصول إلى هذا الفريق أو هذه الدردشة",
  "problem.noAccess.body":
    "لا يعرض Learning Loop ما تعلّمه الفريق إلا لأعضائه. اطلب من مالك الفريق أو من منظّم الاجتماع إضافتك، ثم افتح التطبيق مجددًا.",
  "problem.notOnboarded.title": "لم يُعَدّ Learning Loop لمؤسستك",
  "problem.notOnboarded.body":
    "لم تثبّت مؤسستك Learning Loop بعد. اطلب من مسؤول Teams لديك إضافة التطبيق، ثم حاول مجددًا.",
  "problem.unavailable.title": "يتعذّر الوصول إلى Learning Loop حاليًا",
  "problem.unavailable.body": "الخدمة مشغولة أو غير متاحة. حاول مجددًا بعد قليل.",
  "problem.generic.title": "حدث خطأ ما",
  "problem.retry": "إعادة المحاولة",
  "problem.text.network": "تعذّر الاتصال. تحقّق منه ثم أعد المحاولة.",
  "problem.text.invalid": "لم يُقبل ذلك. راجع ما أدخلته ثم أعد المحاولة.",
  "problem.text.forbidden": "لا يمكنك فعل ذلك هنا. اطلبه من أحد مالكي الفريق إن احتجت إليه.",
  "problem.text.notFound": "لم يعد هذا موجودًا، وربما حُذف. أعد التحميل لترى ما هو موجود الآن.",
  "problem.text.conflict": "يتعارض هذا مع تغيير أُجري في الأثناء. أعد التحميل ثم حاول مجددًا.",
  "problem.text.stale": "غيّر أحدهم هذا قبل لحظات. أعد التحميل ثم حاول مجددًا.",
  "problem.text.tooLarge": "النص أطول من أن يُرسل. اختصره ثم أعد المحاولة.",
  "problem.text.other": "حدث خطأ ما. أعد المحاولة بعد قليل.",
  "auth.page.title": "تسجيل الدخول إلى Learning Loop",
  "auth.page.working": "جارٍ تسجيل الدخول…",
  "auth.page.done": "تم تسجيل الدخول. يمكنك إغلاق هذه النافذة.",
  "auth.page.failed": "لم يكتمل تسجيل الدخول: {reason}",
  "auth.page.outsideTeams":
    "هذه الصفحة جزء من تسجيل الدخول إلى Learning Loop، ولا تعمل إلا عندما يفتحها Teams.",
};
