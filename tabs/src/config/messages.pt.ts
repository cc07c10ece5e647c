import type { Messages } from "../i18n/messages-type";
import type { config } from "./messages";

export const pt: Messages<typeof config> = {
  "config.title": "Configurações do Learning Loop",
  "config.loading": "Carregando as configurações desta equipe…",
  "config.loadFailedHelp":
    "Você ainda pode adicionar a guia agora e alterar as configurações depois, em Configurações da guia. Ou tente carregá-las de novo.",
  "config.reload": "Recarregar as configurações",
  "config.intro":
    "Estas configurações valem para todos nesta equipe ou chat. Selecione Salvar para guardá-las e adicionar a guia.",
  "config.member":
    "Só os proprietários desta equipe podem alterar estas configurações. Você ainda pode adicionar a guia: selecione Salvar.",
  "config.current": "Configurações atuais",
  "config.name": "Nome",
  "config.nameHint": "Como o Learning Loop chama esta equipe nos cartões e nas exportações.",
  "config.rotation": "Rodízio de perguntas",
  "config.rotationHint":
    "A pergunta sugerida para a daily de cada dia da semana. Quem facilita sempre pode escolher outra.",
  "config.customPrompts": "Perguntas da sua equipe",
  "config.unknownPrompt": "Uma pergunta que não existe mais",
  "config.revealMode": "Exibição padrão das respostas",
  "config.reveal.live": "Ao vivo",
  "config.reveal.live.hint": "as respostas ficam visíveis assim que chegam",
  "config.reveal.afterAnswer": "Depois de responder",
  "config.reveal.afterAnswer.hint": "cada pessoa vê as respostas dos outros depois de responder",
  "config.reveal.onReveal": "Ao revelar",
  "config.reveal.onReveal.hint":
    "as respostas ficam ocultas até quem facilita revelá-las (quem lidera fala por último)",
  "config.anonymousDefault": "Responder anonimamente por padrão",
  "config.pulse": "Pulso da equipe",
  "config.pulse.off": "Desativado (os proprietários ainda podem iniciar um pelo painel lateral)",
  "config.pulse.monthly": "Mensal (abre sozinho uma vez por mês)",
  "config.pulseHint":
    "Um pulso anônimo de segurança psicológica com cinco afirmações. Os resultados aparecem só como a média da equipe, quando pelo menos 5 pessoas tiverem respondido.",
  "config.notifications": "Notificações",
  "config.notification.promptCard": "Cartão da pergunta no chat da reunião",
  "config.notification.roundSummary": "Resumo da rodada no canal",
  "config.notification.weeklyDigest": "Resumo semanal",
  "config.notification.checkBackReminder": "Lembretes de retomada dos experimentos",
  "config.notification.meetingNudge": "Lembrete na reunião para quem ainda não respondeu",
  "config.notification.afterAction": "Cartões de revisão pós-ação a partir de eventos externos",
  "config.notification.lessonTried": "Cartões quando outra equipe testou uma das nossas lições",
  "config.language": "Idioma dos cartões da equipe",
  "config.languageHint":
    "Os cartões que o Learning Loop publica na conversa da equipe usam este idioma. Cada pessoa continua vendo o app no próprio idioma do Teams.",
  "config.timezone": "Fuso horário",
  "config.timezoneHint":
    "Define o que “hoje” e “esta semana” significam para o rodízio, o histórico e os insights.",
  "config.retention": "Manter o histórico por (dias)",
  "config.retentionHint":
    "Deixe em branco para manter o histórico até a equipe excluí-lo; caso contrário, de {min} a {max} dias.",
  "config.retentionPlaceholder": "Manter até excluir",
  "config.retentionForever": "Até a equipe excluir",
  "config.retentionDays": "{count, plural, one {# dia} other {# dias}}",
  "config.saveHint": "As alterações são guardadas quando você seleciona Salvar.",
  "config.yes": "Sim",
  "config.no": "Não",
  "config.none": "Nenhuma",
  "config.cancel": "Cancelar",
  "config.deleting": "Excluindo…",
  "config.problem.nameRequired": "Dê um nome à equipe.",
  "config.problem.nameTooLong": "Use no máximo {nameMax} caracteres no nome.",
  "config.problem.retention":
    "Informe um número inteiro de dias de {min} a {max} ou deixe o campo em branco.",
  "config.problem.timezone": "Escolha um fuso horário da lista.",
  "config.problem.unknownPrompt": "Esta pergunta não existe mais. Escolha outra.",
  "config.save.stale":
    "Outra pessoa alterou estas configurações enquanto você editava. Recarregue-as e tente de novo.",
  "config.save.staleHelp":
    "Suas alterações não foram salvas porque as configurações mudaram nesse meio-tempo.",
  "config.save.failed": "Não foi possível salvar as configurações.",
  "config.data": "Seus dados",
  "config.erase.explain":
    "Exclua tudo o que você escreveu nesta equipe ou chat: suas respostas (inclusive as anônimas) e reações. Onde você só aparece pelo nome, nos momentos de aprendizado que iniciou e nos experimentos pelos quais é responsável, o seu nome é removido.",
  "config.erase.button": "Excluir meus dados nesta equipe",
  "config.erase.title": "Excluir seus dados nesta equipe?",
  "config.erase.confirm":
    "Suas respostas e reações aqui serão excluídas definitivamente, e o seu nome será removido dos momentos de aprendizado e dos experimentos. Não é possível desfazer.",
  "config.erase.confirmButton": "Excluir meus dados",
  "config.erase.done":
    "Pronto: {answers, plural, =0 {# respostas} one {# resposta} other {# respostas}} e {reactions, plural, =0 {# reações} one {# reação} other {# reações}} excluídas; o seu nome foi removido de {named, plural, =0 {# itens} one {# item} other {# itens}}.",
  "config.purge.explain":
    "Como proprietário da equipe, você pode excluir todos os dados do Learning Loop desta equipe: cada momento de aprendizado, resposta, experimento e configuração.",
  "config.purge.button": "Excluir todos os dados do Learning Loop desta equipe",
  "config.purge.title": "Excluir todos os dados do Learning Loop desta equipe?",
  "config.purge.confirm":
    "Os momentos de aprendizado, respostas, reações, experimentos, perguntas e configurações de todos nesta equipe serão excluídos definitivamente. Não é possível desfazer.",
  "config.purge.typeName": "Para confirmar, digite o nome da equipe: {name}",
  "config.purge.confirmButton": "Excluir tudo",
  "config.purge.done":
    "Todos os dados do Learning Loop desta equipe foram excluídos. As configurações voltaram ao padrão.",
  "config.webhook.title": "Webhook de revisão pós-ação",
  "config.webhook.explain":
    "Ferramentas como o seu pipeline de release ou o seu sistema de incidentes podem iniciar uma revisão pós-ação quando algo acontece, enviando uma requisição ao endpoint de eventos do Learning Loop assinada com o segredo desta equipe.",
  "config.webhook.rotate": "Criar um novo segredo do webhook",
  "config.webhook.rotating": "Criando…",
  "config.webhook.confirm":
    "O novo segredo substitui o atual na mesma hora: as ferramentas que ainda usam o segredo antigo param de funcionar até você passar o novo para elas.",
  "config.webhook.confirmButton": "Substituir o segredo",
  "config.webhook.once":
    "Copie o segredo agora e guarde-o no cofre de segredos da sua ferramenta. Ele só é mostrado desta vez.",
  "config.webhook.secret": "Segredo do webhook",
  "config.webhook.copy": "Copiar segredo",
  "config.webhook.copied": "Copiado.",
  "config.webhook.copyFailed":
    "Não foi permitido copiar aqui. Selecione o segredo e pressione Ctrl+C (⌘C no Mac).",
  "config.webhook.hide": "Ocultar segredo",
  "config.webhook.unsupported": "Este servidor do Learning Loop ainda não oferece segredos de webhook.",
  "config.webhook.noSecret": "O servidor respondeu sem um segredo.",
  "config.reviewLabel": "Rótulo de issue do GitHub que inicia uma revisão",
  "config.reviewLabelHint":
    "Uma issue fechada com este rótulo inicia uma revisão pós-ação. Padrão: incident.",
  "config.reviewTag": "Marca de item de trabalho do Azure DevOps que inicia uma revisão",
  "config.reviewTagHint":
    "Um item de trabalho movido para Closed ou Done com esta marca inicia uma revisão pós-ação. Padrão: incident.",
  "config.problem.label": "Use de 1 a 50 caracteres, sem ponto e vírgula.",
  "config.sources.title": "De onde vêm as revisões pós-ação",
  "config.sources.intro":
    "O GitHub, o Azure DevOps ou as suas próprias ferramentas podem iniciar uma revisão pós-ação quando algo acontece. Cada um envia para o próprio endereço abaixo, com o segredo do webhook desta equipe.",
  "config.sources.noSecret":
    "Ainda não há segredo do webhook: um proprietário cria um abaixo e depois o passa para cada origem.",
  "config.sources.url": "Endereço para {source}",
  "config.sources.copy": "Copiar endereço",
  "config.sources.copyLabel": "Copiar endereço para {source}",
  "config.sources.starts": "Eventos que iniciam uma revisão:",
  "config.sources.github.name": "GitHub",
  "config.sources.github.secret":
    "No repositório: Settings → Webhooks → Add webhook. Payload URL: este endereço; Content type: application/json; Secret: o segredo do webhook da equipe. Escolha os eventos Releases, Deployment statuses e Issues.",
  "config.sources.github.release": "Uma release é publicada",
  "config.sources.github.deployment": "Um deploy falha ou dá erro",
  "config.sources.github.issue": "Uma issue com o rótulo “{label}” é fechada",
  "config.sources.azureDevOps.name": "Azure DevOps",
  "config.sources.azureDevOps.secret":
    "No projeto: Configurações do projeto → Ganchos de serviço → Criar assinatura → Web Hooks. URL: este endereço; senha da autenticação básica: o segredo do webhook da equipe (qualquer nome de usuário). Ou envie-o no cabeçalho HTTP X-LearningLoop-Secret.",
  "config.sources.azureDevOps.build": "Uma build falha (Build completed)",
  "config.sources.azureDevOps.deployment": "Um deploy de release é concluído (Release deployment completed)",
  "config.sources.azureDevOps.run": "Uma execução de pipeline é concluída (Run state changed)",
  "config.sources.azureDevOps.workItem":
    "Um item de trabalho com a marca “{tag}” passa para Closed ou Done (Work item updated)",
  "config.sources.generic.name": "Suas próprias ferramentas (eventos assinados)",
  "config.sources.generic.secret":
    'Assine cada requisição com o segredo do webhook da equipe no cabeçalho {header}: t=<segundos unix>,v1=<HMAC-SHA256 em hex de "<t>.<body>">. O README mostra como.',
  "config.sources.generic.any":
    "Qualquer evento que você enviar (release, incidente, sprint, deploy, build ou outro)",
  "config.sources.last.none": "Nada recebido ainda.",
  "config.sources.last.started": "Última entrega em {time}: iniciou uma revisão.",
  "config.sources.last.repeated": "Última entrega em {time}: reenvio, nada novo foi iniciado.",
  "config.sources.last.ignored": "Última entrega em {time}: nada foi iniciado ({reason}).",
  "config.sources.last.refused": "Última recusa em {time}: {reason}.",
};
