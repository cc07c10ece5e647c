import type { Messages } from "../i18n/messages-type";
import type { pulseResults } from "./results-messages";

export const es: Messages<typeof pulseResults> = {
  "pulse.results.title": "Pulso del equipo",
  "pulse.results.note":
    "El grado medio de acuerdo del equipo (1–5) con cada afirmación. Solo se muestra en pulsos cerrados que han respondido al menos 5 personas; nunca por persona.",
  "pulse.results.none": "Aún no se ha cerrado ningún pulso del equipo con al menos 5 respuestas.",
  "pulse.results.loading": "Cargando los resultados del pulso del equipo…",
  "pulse.results.table": "Resultados del pulso del equipo",
  "pulse.results.summary":
    "Tendencia del pulso del equipo en {count, plural, one {# pulso} other {# pulsos}} con resultados, del {from} al {to}: la media global pasó de {first} a {last} (1–5).",
  "pulse.results.summaryOne": "Pulso del equipo del {date}: media global de {value} (1–5).",
  "pulse.col.date": "Pulso del",
  "pulse.col.responses": "Respuestas",
  "pulse.col.overall": "Global",
  "pulse.short.mistakes": "Errores",
  "pulse.short.problems": "Problemas",
  "pulse.short.risk": "Riesgo",
  "pulse.short.help": "Ayuda",
  "pulse.short.valued": "Reconocimiento",
  "pulse.row.fewer": "menos de 5",
  "pulse.row.open": "abierto",
  "pulse.none": "—",
};
