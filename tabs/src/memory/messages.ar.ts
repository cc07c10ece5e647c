import type { Messages } from "../i18n/messages-type";
import type { memory } from "./messages";

export const ar: Messages<typeof memory> = {
  "memory.title": "من سجلّنا",
  "memory.tried": "هل جرّبنا هذا من قبل؟",
  "memory.loading": "جارٍ البحث في سجلّنا…",
  "memory.none": "لا يوجد في سجلّنا ما يتصل بهذا بعد.",
  "memory.failed": "تعذّر البحث في سجلّنا حاليًا.",
  "memory.answer": "إجابة بتاريخ {date}",
  "memory.experiment": "تجربة",
  "memory.experimentFrom": "تجربة بتاريخ {date}",
  "memory.status.planned": "مخطّطة",
  "memory.status.running": "قيد التنفيذ",
  "memory.status.done": "منجزة",
  "memory.status.dropped": "متروكة",
  "memory.outcome": "النتيجة: {outcome}",
  "memory.noOutcome": "لم تُسجَّل نتيجة بعد.",
  "memory.open": "فتح لحظة التعلّم هذه في السجل",
  "memory.openNamed": "فتح لحظة التعلّم بتاريخ {date} في السجل",
};
