import type { Messages } from "../i18n/messages-type";
import type { pulse } from "./messages";

export const es: Messages<typeof pulse> = {
  "pulse.title": "Pulso del equipo",
  "pulse.intro": "Anónimo. Solo se muestra la media del equipo y cuando han respondido al menos 5 personas.",
  "pulse.closesAt": "Abierto hasta el {date}.",
  "pulse.statement.mistakes": "Si cometes un error en este equipo, no se vuelve en tu contra.",
  "pulse.statement.problems": "Podemos plantearnos problemas y temas difíciles entre nosotros.",
  "pulse.statement.risk": "En este equipo es seguro asumir riesgos.",
  "pulse.statement.help": "En este equipo es fácil pedir ayuda a los demás.",
  "pulse.statement.valued": "Aquí se valoran y se aprovechan mis habilidades y talentos.",
  "pulse.scale.1": "1 – Totalmente en desacuerdo",
  "pulse.scale.2": "2 – En desacuerdo",
  "pulse.scale.3": "3 – Ni de acuerdo ni en desacuerdo",
  "pulse.scale.4": "4 – De acuerdo",
  "pulse.scale.5": "5 – Totalmente de acuerdo",
  "pulse.scaleHint": "1 = totalmente en desacuerdo, 5 = totalmente de acuerdo",
  "pulse.send": "Enviar pulso",
  "pulse.sending": "Enviando…",
  "pulse.cancel": "Mantener mis respuestas",
  "pulse.thanks": "Gracias. Tus respuestas son anónimas.",
  "pulse.change": "Cambiar mis respuestas",
  "pulse.hide": "Ocultar el pulso del equipo",
  "pulse.show": "Mostrar el pulso del equipo",
  "pulse.start": "Iniciar un pulso del equipo",
  "pulse.starting": "Iniciando…",
  "pulse.startHint":
    "Cinco afirmaciones breves que se responden de forma anónima en una escala del 1 al 5. Abierto durante 7 días.",
  "pulse.started": "Pulso del equipo iniciado.",
  "pulse.closed": "Este pulso del equipo se ha cerrado.",
  "pulse.responses": "{count, plural, one {Ha respondido # persona} other {Han respondido # personas}}",
  "pulse.fewer": "Por ahora han respondido menos de 5",
};
