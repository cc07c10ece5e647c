import type { Messages } from "../i18n/messages-type";
import type { stage } from "./messages";

export const pt: Messages<typeof stage> = {
  "stage.label": "Momento de aprendizado no palco da reunião",
  "stage.waiting": "Aguardando o início de um momento de aprendizado…",
  "stage.closed": "Este momento de aprendizado foi encerrado.",
  "stage.count": "{count, plural, =0 {# respostas} one {# resposta} other {# respostas}}",
  "stage.hiddenOnReveal": "As respostas aparecem aqui quando forem reveladas por quem facilita.",
  "stage.hiddenAfterAnswer": "As respostas aparecem aqui depois que você compartilhar a sua.",
  "stage.noAnswers": "Nenhuma resposta ainda.",
  "stage.answers": "Respostas",
  "stage.anonymous": "Anônimo",
  "stage.trouble": "Reconectando…",
};
