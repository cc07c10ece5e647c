import type { Messages } from "../i18n/messages-type";
import type { pulse } from "./messages";

export const pt: Messages<typeof pulse> = {
  "pulse.title": "Pulso da equipe",
  "pulse.intro": "Anônimo. Só a média da equipe é mostrada, quando pelo menos 5 pessoas tiverem respondido.",
  "pulse.closesAt": "Aberto até {date}.",
  "pulse.statement.mistakes": "Se você comete um erro nesta equipe, isso não é usado contra você.",
  "pulse.statement.problems": "Conseguimos levantar problemas e questões difíceis uns com os outros.",
  "pulse.statement.risk": "É seguro correr riscos nesta equipe.",
  "pulse.statement.help": "É fácil pedir ajuda aos colegas desta equipe.",
  "pulse.statement.valued": "Minhas habilidades e talentos são valorizados e aproveitados aqui.",
  "pulse.scale.1": "1 – Discordo totalmente",
  "pulse.scale.2": "2 – Discordo",
  "pulse.scale.3": "3 – Não concordo nem discordo",
  "pulse.scale.4": "4 – Concordo",
  "pulse.scale.5": "5 – Concordo totalmente",
  "pulse.scaleHint": "1 = discordo totalmente, 5 = concordo totalmente",
  "pulse.send": "Enviar pulso",
  "pulse.sending": "Enviando…",
  "pulse.cancel": "Manter minhas respostas",
  "pulse.thanks": "Obrigado! Suas respostas são anônimas.",
  "pulse.change": "Alterar minhas respostas",
  "pulse.hide": "Ocultar pulso da equipe",
  "pulse.show": "Mostrar pulso da equipe",
  "pulse.start": "Iniciar um pulso da equipe",
  "pulse.starting": "Iniciando…",
  "pulse.startHint":
    "Cinco afirmações curtas, respondidas anonimamente numa escala de 1 a 5. Fica aberto por 7 dias.",
  "pulse.started": "Pulso da equipe iniciado.",
  "pulse.closed": "Este pulso da equipe foi encerrado.",
  "pulse.responses":
    "{count, plural, =0 {# pessoas responderam} one {# pessoa respondeu} other {# pessoas responderam}}",
  "pulse.fewer": "Menos de 5 pessoas responderam até agora",
};
