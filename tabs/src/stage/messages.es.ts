import type { Messages } from "../i18n/messages-type";
import type { stage } from "./messages";

export const es: Messages<typeof stage> = {
  "stage.label": "Momento de aprendizaje en el escenario de la reunión",
  "stage.waiting": "Esperando a que empiece un momento de aprendizaje…",
  "stage.closed": "Este momento de aprendizaje está cerrado.",
  "stage.count": "{count, plural, one {# respuesta} other {# respuestas}}",
  "stage.hiddenOnReveal": "Las respuestas aparecerán aquí cuando el facilitador las revele.",
  "stage.hiddenAfterAnswer": "Las respuestas aparecerán aquí cuando hayas compartido la tuya.",
  "stage.noAnswers": "Aún no hay respuestas.",
  "stage.answers": "Respuestas",
  "stage.anonymous": "Anónimo",
  "stage.trouble": "Reconectando…",
};
