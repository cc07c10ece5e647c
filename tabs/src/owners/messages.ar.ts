import type { Messages } from "../i18n/messages-type";
import type { owners } from "./messages";

export const ar: Messages<typeof owners> = {
  "owners.picker.open": "عرض الأشخاص",
  "owners.picker.placeholder": "ابحث في فريقك، أو اكتب أي اسم",
  "owners.picker.noMatch": "لا أحد بهذا الاسم في هذا الفريق أو هذه الدردشة. سيُحفظ الاسم كما كتبته.",
  "owners.picker.failed": "يتعذّر البحث عن الأشخاص حاليًا. سيُحفظ الاسم كما كتبته.",
  "owners.picker.picked": "سيتلقى {name} تذكيرًا عندما يحين موعد المتابعة.",
  "owners.mine.title": "تجاربي",
  "owners.mine.intro": "التجارب التي أنت مسؤول عنها، في كل فرقك واجتماعاتك.",
  "owners.mine.loading": "جارٍ تحميل تجاربك…",
  "owners.mine.empty": "لست مسؤولًا عن أي تجربة بعد. عندما يجرّب الفريق شيئًا، اختر نفسك مسؤولًا عنه.",
  "owners.mine.list": "التجارب التي أنت مسؤول عنها",
  "owners.mine.more": "عرض المزيد",
  "owners.mine.scope": "في {name}",
  "owners.mine.due": "المتابعة في {date}",
  "owners.mine.dueNow": "مستحقة الآن: {date}",
  "owners.mine.noCheckBack": "دون موعد متابعة",
  "owners.mine.outcome": "النتيجة: {outcome}",
  "owners.mine.openHistory": "فتح في السجل",
  "owners.mine.openHistoryLabel": "فتح في السجل: «{text}»",
  "owners.mine.close": "إغلاق",
  "owners.status.planned": "مخطّطة",
  "owners.status.running": "قيد التنفيذ",
  "owners.status.done": "منجزة",
  "owners.status.dropped": "متروكة",
};
