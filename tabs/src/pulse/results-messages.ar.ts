import type { Messages } from "../i18n/messages-type";
import type { pulseResults } from "./results-messages";

export const ar: Messages<typeof pulseResults> = {
  "pulse.results.title": "نبض الفريق",
  "pulse.results.note":
    "متوسط موافقة الفريق (1–5) على كل عبارة. لا يظهر إلا للنبضات المغلقة التي أجاب عنها 5 أشخاص على الأقل، ولا يظهر أبدًا لكل شخص على حدة.",
  "pulse.results.none": "لم يُغلق بعد أي نبض للفريق بـ 5 إجابات على الأقل.",
  "pulse.results.loading": "جارٍ تحميل نتائج نبض الفريق…",
  "pulse.results.table": "نتائج نبض الفريق",
  "pulse.results.summary":
    "اتجاه نبض الفريق من {from} إلى {to}، عبر {count, plural, zero {لا نبضات لها نتائج} one {نبض واحد له نتائج} two {نبضين لهما نتائج} few {# نبضات لها نتائج} many {# نبضًا لها نتائج} other {# نبض لها نتائج}}: المتوسط العام {first} ثم {last} (1–5).",
  "pulse.results.summaryOne": "نبض الفريق في {date}: المتوسط العام {value} (1–5).",
  "pulse.col.date": "تاريخ النبض",
  "pulse.col.responses": "الإجابات",
  "pulse.col.overall": "المتوسط العام",
  "pulse.short.mistakes": "الأخطاء",
  "pulse.short.problems": "المشكلات",
  "pulse.short.risk": "المخاطرة",
  "pulse.short.help": "المساعدة",
  "pulse.short.valued": "التقدير",
  "pulse.row.fewer": "أقل من 5",
  "pulse.row.open": "مفتوح",
  "pulse.none": "—",
};
