import type { Messages } from "../i18n/messages-type";
import type { memory } from "./messages";

export const pt: Messages<typeof memory> = {
  "memory.title": "Do nosso histórico",
  "memory.tried": "Já testamos isso antes?",
  "memory.loading": "Procurando no nosso histórico…",
  "memory.none": "Nada relacionado no nosso histórico ainda.",
  "memory.failed": "Não foi possível pesquisar o nosso histórico agora.",
  "memory.answer": "Resposta de {date}",
  "memory.experiment": "Experimento",
  "memory.experimentFrom": "Experimento de {date}",
  "memory.status.planned": "Planejado",
  "memory.status.running": "Em andamento",
  "memory.status.done": "Concluído",
  "memory.status.dropped": "Abandonado",
  "memory.outcome": "Resultado: {outcome}",
  "memory.noOutcome": "Nenhum resultado registrado ainda.",
  "memory.open": "Abrir esta rodada no histórico",
  "memory.openNamed": "Abrir a rodada de {date} no histórico",
};
