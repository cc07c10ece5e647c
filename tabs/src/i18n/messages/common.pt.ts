import type { Messages } from "../messages-type";
import type { common } from "./common";

export const pt: Messages<typeof common> = {
  "app.title": "Learning Loop",
  "app.connecting": "Conectando ao Teams…",
  "app.failed": "Não foi possível iniciar o Learning Loop: {message}",
  "app.outside":
    "O Learning Loop funciona dentro do Microsoft Teams. Adicione-o a uma reunião ou a um canal para usá-lo.",
  "app.outsideDev": "Desenvolvendo localmente? Abra a página de host local do Teams.",
  "error.load": "Não foi possível carregar: {message}",
  "common.loading": "Carregando…",
  "common.clearSearch": "Limpar a pesquisa",
  "app.pageFailed": "Esta parte do Learning Loop não carregou. Recarregue para tentar de novo.",
  "app.reload": "Recarregar",
  "app.partFailed": "Esta parte não carregou. Verifique a conexão e recarregue o painel.",
};
