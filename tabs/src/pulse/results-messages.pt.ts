import type { Messages } from "../i18n/messages-type";
import type { pulseResults } from "./results-messages";

export const pt: Messages<typeof pulseResults> = {
  "pulse.results.title": "Pulso da equipe",
  "pulse.results.note":
    "A concordância média da equipe (1–5) com cada afirmação. Aparece só para pulsos encerrados que pelo menos 5 pessoas responderam; nunca por pessoa.",
  "pulse.results.none": "Nenhum pulso da equipe foi encerrado com pelo menos 5 respostas ainda.",
  "pulse.results.loading": "Carregando os resultados do pulso da equipe…",
  "pulse.results.table": "Resultados do pulso da equipe",
  "pulse.results.summary":
    "Tendência do pulso da equipe em {count, plural, =0 {# pulsos} one {# pulso} other {# pulsos}} com resultados, de {from} a {to}: média geral de {first} para {last} (1–5).",
  "pulse.results.summaryOne": "Pulso da equipe em {date}: média geral de {value} (1–5).",
  "pulse.col.date": "Pulso de",
  "pulse.col.responses": "Respostas",
  "pulse.col.overall": "Geral",
  "pulse.short.mistakes": "Erros",
  "pulse.short.problems": "Problemas",
  "pulse.short.risk": "Riscos",
  "pulse.short.help": "Ajuda",
  "pulse.short.valued": "Valorização",
  "pulse.row.fewer": "menos de 5",
  "pulse.row.open": "aberto",
  "pulse.none": "—",
};
