import type { Messages } from "../i18n/messages-type";
import type { pulse } from "./messages";

export const ar: Messages<typeof pulse> = {
  "pulse.title": "نبض الفريق",
  "pulse.intro": "مجهول الهوية. لا يظهر إلا متوسط الفريق، وبعد أن يجيب 5 أشخاص على الأقل.",
  "pulse.closesAt": "مفتوح حتى {date}.",
  "pulse.statement.mistakes": "إذا ارتكبت خطأً في هذا الفريق، فلن يُحتسب ضدك.",
  "pulse.statement.problems": "نستطيع أن نطرح المشكلات والمسائل الصعبة فيما بيننا.",
  "pulse.statement.risk": "من الآمن المخاطرة في هذا الفريق.",
  "pulse.statement.help": "من السهل طلب المساعدة من الآخرين في هذا الفريق.",
  "pulse.statement.valued": "مهاراتي ومواهبي مقدَّرة ومستفاد منها هنا.",
  "pulse.scale.1": "1 – أعارض بشدة",
  "pulse.scale.2": "2 – أعارض",
  "pulse.scale.3": "3 – لا أوافق ولا أعارض",
  "pulse.scale.4": "4 – أوافق",
  "pulse.scale.5": "5 – أوافق بشدة",
  "pulse.scaleHint": "1 = أعارض بشدة، 5 = أوافق بشدة",
  "pulse.send": "إرسال النبض",
  "pulse.sending": "جارٍ الإرسال…",
  "pulse.cancel": "الإبقاء على إجاباتي",
  "pulse.thanks": "شكرًا لك، إجاباتك مجهولة الهوية.",
  "pulse.change": "تغيير إجاباتي",
  "pulse.hide": "إخفاء نبض الفريق",
  "pulse.show": "عرض نبض الفريق",
  "pulse.start": "بدء نبض الفريق",
  "pulse.starting": "جارٍ البدء…",
  "pulse.startHint": "خمس عبارات قصيرة، يُجاب عنها بهوية مجهولة على مقياس من 1 إلى 5. يبقى مفتوحًا 7 أيام.",
  "pulse.started": "بدأ نبض الفريق.",
  "pulse.closed": "أُغلق نبض الفريق هذا.",
  "pulse.responses":
    "{count, plural, zero {لم يُجب أحد} one {أجاب شخص واحد} two {أجاب شخصان} few {أجاب # أشخاص} many {أجاب # شخصًا} other {أجاب # شخص}}",
  "pulse.fewer": "أجاب أقل من 5 أشخاص حتى الآن",
};
