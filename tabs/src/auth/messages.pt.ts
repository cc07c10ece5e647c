import type { Messages } from "../i18n/messages-type";
import type { auth } from "./messages";

export const pt: Messages<typeof auth> = {
  "problem.signIn.title": "Entre para continuar",
  "problem.signIn.body":
    "O Learning Loop precisa da sua permissão para usar o seu login do Teams. Entre para concedê-la; depois o app carrega.",
  "problem.signIn.action": "Entrar",
  "problem.signIn.busy": "Entrando…",
  "problem.signIn.failed": "O login não foi concluído ({reason}). Tente de novo.",
  "problem.noAccess.title": "Você não tem acesso a esta equipe ou chat",
  "problem.noAccess.body":
    "O Learning Loop mostra o aprendizado de uma equipe só para os membros dela. Peça a um proprietário da equipe ou a quem organizou a reunião para adicionar você e abra o app de novo.",
  "problem.notOnboarded.title": "O Learning Loop não está configurado para a sua organização",
  "problem.notOnboarded.body":
    "A sua organização ainda não instalou o Learning Loop. Peça ao administrador do Teams para adicionar o app e tente de novo.",
  "problem.unavailable.title": "Não é possível acessar o Learning Loop agora",
  "problem.unavailable.body": "O serviço está ocupado ou indisponível. Tente de novo em instantes.",
  "problem.generic.title": "Algo deu errado",
  "problem.retry": "Tentar de novo",
  "problem.text.network": "A conexão falhou. Verifique e tente de novo.",
  "problem.text.invalid": "Isso não foi aceito. Confira o que você digitou e tente de novo.",
  "problem.text.forbidden": "Você não pode fazer isso aqui. Se precisar, peça a um proprietário da equipe.",
  "problem.text.notFound":
    "Isso não existe mais. Talvez tenha sido excluído; recarregue para ver o que há agora.",
  "problem.text.conflict":
    "Isso conflita com uma mudança feita nesse meio-tempo. Recarregue e tente de novo.",
  "problem.text.stale": "Alguém acabou de mudar isso. Recarregue e tente de novo.",
  "problem.text.tooLarge": "É longo demais para enviar. Encurte e tente de novo.",
  "problem.text.other": "Algo deu errado. Tente de novo em instantes.",
  "auth.page.title": "Login no Learning Loop",
  "auth.page.working": "Entrando…",
  "auth.page.done": "Login concluído. Você pode fechar esta janela.",
  "auth.page.failed": "O login não foi concluído: {reason}",
  "auth.page.outsideTeams":
    "Esta página faz parte do login do Learning Loop e só funciona quando o Teams a abre.",
};
