import type { Messages } from "../i18n/messages-type";
import type { owners } from "./messages";

export const pt: Messages<typeof owners> = {
  "owners.picker.open": "Mostrar pessoas",
  "owners.picker.placeholder": "Pesquise na sua equipe ou digite qualquer nome",
  "owners.picker.noMatch": "Ninguém nesta equipe ou chat tem esse nome. O nome fica como foi digitado.",
  "owners.picker.failed": "Não é possível buscar pessoas agora. O nome fica como foi digitado.",
  "owners.picker.picked": "{name} vai receber um lembrete na data da retomada.",
  "owners.mine.title": "Meus experimentos",
  "owners.mine.intro": "Experimentos sob a sua responsabilidade, em todas as suas equipes e reuniões.",
  "owners.mine.loading": "Carregando seus experimentos…",
  "owners.mine.empty":
    "Você ainda não é responsável por nenhum experimento. Quando a equipe testar algo, indique o seu nome como responsável.",
  "owners.mine.list": "Experimentos sob a sua responsabilidade",
  "owners.mine.more": "Mostrar mais",
  "owners.mine.scope": "Em {name}",
  "owners.mine.due": "Retomar em {date}",
  "owners.mine.dueNow": "Retomada pendente: {date}",
  "owners.mine.noCheckBack": "Sem data de retomada",
  "owners.mine.outcome": "Resultado: {outcome}",
  "owners.mine.openHistory": "Abrir no histórico",
  "owners.mine.openHistoryLabel": "Abrir no histórico: “{text}”",
  "owners.mine.close": "Fechar",
  "owners.status.planned": "Planejado",
  "owners.status.running": "Em andamento",
  "owners.status.done": "Concluído",
  "owners.status.dropped": "Abandonado",
};
