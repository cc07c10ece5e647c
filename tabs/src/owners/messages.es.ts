import type { Messages } from "../i18n/messages-type";
import type { owners } from "./messages";

export const es: Messages<typeof owners> = {
  "owners.picker.open": "Mostrar personas",
  "owners.picker.placeholder": "Busca en tu equipo o escribe cualquier nombre",
  "owners.picker.noMatch":
    "Nadie en este equipo o chat se llama así. El nombre se guarda tal como lo escribiste.",
  "owners.picker.failed":
    "Ahora mismo no se pueden buscar personas. El nombre se guarda tal como lo escribiste.",
  "owners.picker.picked": "{name} recibirá un recordatorio cuando toque el seguimiento.",
  "owners.mine.title": "Mis experimentos",
  "owners.mine.intro": "Experimentos de los que eres responsable, en todos tus equipos y reuniones.",
  "owners.mine.loading": "Cargando tus experimentos…",
  "owners.mine.empty":
    "Aún no eres responsable de ningún experimento. Cuando el equipo pruebe algo, elígete como responsable.",
  "owners.mine.list": "Experimentos de los que eres responsable",
  "owners.mine.more": "Mostrar más",
  "owners.mine.scope": "En {name}",
  "owners.mine.due": "Seguimiento el {date}",
  "owners.mine.dueNow": "Pendiente: {date}",
  "owners.mine.noCheckBack": "Sin fecha de seguimiento",
  "owners.mine.outcome": "Resultado: {outcome}",
  "owners.mine.openHistory": "Abrir en el historial",
  "owners.mine.openHistoryLabel": "Abrir en el historial: «{text}»",
  "owners.mine.close": "Cerrar",
  "owners.status.planned": "Planificado",
  "owners.status.running": "En curso",
  "owners.status.done": "Hecho",
  "owners.status.dropped": "Descartado",
};
