import type { Messages } from "../i18n/messages-type";
import type { memory } from "./messages";

export const es: Messages<typeof memory> = {
  "memory.title": "De nuestro historial",
  "memory.tried": "¿Ya lo hemos probado antes?",
  "memory.loading": "Buscando en nuestro historial…",
  "memory.none": "Aún no hay nada relacionado en nuestro historial.",
  "memory.failed": "Ahora mismo no se puede buscar en nuestro historial.",
  "memory.answer": "Respuesta del {date}",
  "memory.experiment": "Experimento",
  "memory.experimentFrom": "Experimento del {date}",
  "memory.status.planned": "Planificado",
  "memory.status.running": "En curso",
  "memory.status.done": "Hecho",
  "memory.status.dropped": "Descartado",
  "memory.outcome": "Resultado: {outcome}",
  "memory.noOutcome": "Aún no se ha registrado ningún resultado.",
  "memory.open": "Abrir este momento de aprendizaje en el historial",
  "memory.openNamed": "Abrir el momento de aprendizaje del {date} en el historial",
};
