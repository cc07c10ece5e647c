import type { Messages } from "../i18n/messages-type";
import type { lessons } from "./messages";

export const pt: Messages<typeof lessons> = {
  "lessons.tab": "De outras equipes",
  "lessons.title": "Aprendendo com outras equipes",
  "lessons.intro":
    "Lições que outras equipes da sua organização compartilharam: o que aprenderam e o que testaram.",
  "lessons.feedOff": "Os administradores da sua organização desativaram o feed de aprendizado.",
  "lessons.sort": "Ordem",
  "lessons.sort.newest": "Mais recentes",
  "lessons.sort.adopted": "Mais adotadas",
  "lessons.search": "Pesquisar lições",
  "lessons.mode": "Modo de aprendizado",
  "lessons.mode.all": "Todos os modos",
  "lessons.list": "Lições",
  "lessons.loading": "Carregando lições…",
  "lessons.empty": "Nenhuma lição encontrada ainda.",
  "lessons.more": "Carregar mais",
  "lessons.fromTeam": "Equipe: {team}",
  "lessons.teamHidden": "Equipe não exibida",
  "lessons.by": "Por {name}",
  "lessons.kind.answer": "Resposta",
  "lessons.kind.experiment": "Experimento",
  "lessons.outcome": "Resultado: {outcome}",
  "lessons.adopted":
    "{count, plural, =0 {Adotada por # equipes} one {Adotada por # equipe} other {Adotada por # equipes}}",
  "lessons.tried":
    "{count, plural, =0 {Testada por # equipes} one {Testada por # equipe} other {Testada por # equipes}}",
  "lessons.triedList": "Como terminaram os testes de outras equipes",
  "lessons.triedBy": "{team}: {status}, {outcome}",
  "lessons.otherTeam": "Uma equipe",
  "lessons.adopt": "Testar na minha equipe",
  "lessons.adoptLabel": "Testar na minha equipe: “{text}”",
  "lessons.adoptInto": "Equipe onde testar",
  "lessons.adoptIntoHint":
    "Suas equipes e reuniões em que você abriu a guia de histórico do Learning Loop neste dispositivo. Abra uma vez a guia de histórico de uma equipe para adicioná-la aqui.",
  "lessons.noScopes":
    "Abra uma vez a guia de histórico do Learning Loop em uma das suas equipes: depois você poderá testar lições lá a partir daqui.",
  "lessons.adopted.done": "Experimento iniciado em {team}.",
  "lessons.unpublish": "Cancelar publicação",
  "lessons.unpublishLabel": "Cancelar publicação: “{text}”",
  "lessons.unpublished": "A publicação da lição foi cancelada.",
  "lessons.share": "Compartilhar com outras equipes",
  "lessons.shareLabel": "Compartilhar com outras equipes: “{text}”",
  "lessons.shareTitle": "Compartilhar com outras equipes",
  "lessons.shareIntro":
    "Assim, todos na sua organização poderão ler isto em “Aprendendo com outras equipes” e testar na própria equipe.",
  "lessons.showName": "Mostrar meu nome",
  "lessons.anonymousStays": "Sua resposta foi anônima: a lição continua anônima.",
  "lessons.teamNameHidden":
    "Os proprietários da sua equipe ocultam o nome da equipe nas lições: ele não será exibido.",
  "lessons.hideTeam": "Não mostrar o nome da equipe",
  "lessons.publish": "Compartilhar",
  "lessons.cancel": "Cancelar",
  "lessons.published": "Lição compartilhada com outras equipes.",
  "lessons.publishingOff":
    "Os proprietários da sua equipe desativaram o compartilhamento com outras equipes.",
  "lessons.admin.heading": "Administração do locatário",
  "lessons.admin.intro":
    "Você tem a função de administrador do Learning Loop na sua organização: o que você alterar aqui vale para todas as equipes e chats.",
  "lessons.admin.feed": "Feed de aprendizado para toda a organização",
  "lessons.admin.feedHint":
    "Enquanto estiver desativado, ninguém na sua organização verá lições, e nenhuma equipe poderá compartilhar ou testar lições.",
  "lessons.admin.feedNowOn": "O feed de aprendizado está ativado para toda a organização.",
  "lessons.admin.feedNowOff": "O feed de aprendizado está desativado para toda a organização.",
  "lessons.admin.erase.heading": "Apagar os dados de uma pessoa em todas as equipes e chats",
  "lessons.admin.erase.intro":
    "Para um pedido de exclusão de dados, por exemplo depois que alguém saiu: o Learning Loop exclui os dados da pessoa em todas as equipes e chats da sua organização, como se ela tivesse usado “Excluir meus dados” em cada uma.",
  "lessons.admin.erase.oid": "ID de objeto do Microsoft Entra da pessoa",
  "lessons.admin.erase.oidHint":
    "No centro de administração do Microsoft Entra, abra a pessoa em Usuários e copie a ID de objeto dela.",
  "lessons.admin.erase.oidInvalid": "A ID de objeto do Microsoft Entra deve ser um GUID, como {example}.",
  "lessons.admin.erase.button": "Apagar os dados desta pessoa…",
  "lessons.admin.erase.title": "Apagar os dados desta pessoa em todos os lugares?",
  "lessons.admin.erase.confirm":
    "Tudo o que esta pessoa escreveu será excluído em todas as equipes e chats da sua organização: as respostas dela (inclusive as anônimas), reações, respostas ao pulso da equipe e as lições compartilhadas a partir das respostas dela. Onde ela só aparece pelo nome (momentos de aprendizado que iniciou, experimentos pelos quais é responsável, perguntas que adicionou, lições que compartilhou), o nome é removido e o restante continua com a equipe.",
  "lessons.admin.erase.who": "ID de objeto",
  "lessons.admin.erase.final": "Não é possível desfazer.",
  "lessons.admin.erase.confirmButton": "Apagar definitivamente",
  "lessons.admin.erase.busy": "Apagando…",
  "lessons.admin.erase.done":
    "Os dados da pessoa com a ID de objeto {oid} foram apagados em todas as equipes e chats.",
  "config.lessons.legend": "Aprendendo com outras equipes",
  "config.lessons.publishing": "Membros podem compartilhar respostas e experimentos com outras equipes",
  "config.lessons.hideTeam": "Ocultar o nome desta equipe nas lições compartilhadas",
};
