import type { LibraryTranslation } from "./translation";

export const pt: LibraryTranslation = {
  "weekly-learning": {
    text: "O que estamos aprendendo esta semana?",
    hint: "Uma rodada rápida; pequenas lições também contam.",
  },
  "weekly-growing": {
    text: "Como estamos crescendo juntos?",
    hint: "Peça um exemplo de algo em que alguém ajudou.",
  },
  "weekly-next": {
    text: "O que podemos testar a seguir?",
    hint: "Transforme a melhor ideia em um experimento.",
  },
  "aar-intended": {
    text: "O que deveria ter acontecido?",
    hint: "Alinhe o plano antes de julgar o resultado.",
  },
  "aar-actual": { text: "O que realmente aconteceu?", hint: "Primeiro os fatos, sem culpados." },
  "aar-difference": {
    text: "Por que houve diferença?",
    hint: "Procure as causas no sistema, não nas pessoas.",
  },
  "aar-next-time": { text: "O que vamos fazer da próxima vez?", hint: "Termine com uma mudança concreta." },
  "exp-small-bet": {
    text: "Que pequena aposta podemos testar esta semana?",
    hint: "Algo barato e fácil de desfazer.",
  },
  "exp-surprise": {
    text: "Que experimento nos surpreendeu recentemente?",
    hint: "É nas surpresas que o aprendizado se esconde.",
  },
  "exp-stop": {
    text: "O que deveríamos parar de fazer, como teste?",
    hint: "Experimente parar por apenas uma semana.",
  },
  "exp-measure": {
    text: "Como vamos saber se a nossa última mudança funcionou?",
    hint: "Indique um sinal a observar.",
  },
  "exp-prototype": {
    text: "O que poderíamos prototipar em vez de debater?",
    hint: "Uma versão rascunho vale mais que uma longa discussão.",
  },
  "ctx-outside": {
    text: "O que aprendemos com quem está fora da equipe esta semana?",
    hint: "Clientes, outras equipes, artigos, palestras.",
  },
  "ctx-customer": {
    text: "O que um cliente nos ensinou recentemente?",
    hint: "Use as palavras do cliente, se puder.",
  },
  "ctx-expert": {
    text: "Quem tem um conhecimento que poderia nos ajudar com o problema atual?",
    hint: "Indique uma pessoa ou uma equipe a quem perguntar.",
  },
  "ctx-trend": {
    text: "Que mudança na nossa área merece a nossa atenção?",
    hint: "Uma frase sobre por que isso importa para nós.",
  },
  "ctx-data": {
    text: "O que os nossos dados mostram que ainda não discutimos?",
    hint: "Traga um número.",
  },
  "vic-peer": {
    text: "O que você aprendeu vendo alguém da equipe trabalhar?",
    hint: "Agradeça à pessoa pelo nome.",
  },
  "vic-other-team": {
    text: "O que outra equipe está fazendo que poderíamos aproveitar?",
    hint: "Saber aproveitar boas ideias é uma habilidade.",
  },
  "vic-mistake": {
    text: "Que erro de outra pessoa nos ensinou algo que podemos evitar?",
    hint: "Compartilhe lições, não culpas.",
  },
  "vic-pair": {
    text: "O que trabalhar em par ou revisar o trabalho de alguém mostrou a você esta semana?",
    hint: "Pequenas dicas são bem-vindas.",
  },
  "vic-story": {
    text: "Que história de outra pessoa mudou a sua forma de trabalhar?",
    hint: "Em até um minuto.",
  },
  "ref-assumption": {
    text: "Que suposição nossa se mostrou errada?",
    hint: "Suposições erradas são boas notícias.",
  },
  "ref-process": {
    text: "O que na nossa forma de trabalhar juntos nos atrasou?",
    hint: "Fale do processo, não das pessoas.",
  },
  "ref-decision": {
    text: "Que decisão recente tomaríamos de outro jeito hoje?",
    hint: "O que sabemos agora que não sabíamos antes?",
  },
  "ref-goal": {
    text: "Ainda estamos trabalhando no que mais importa?",
    hint: "Compare com o objetivo da equipe.",
  },
  "ref-habit": { text: "Que hábito da equipe deveríamos questionar?", hint: "Escolha um hábito, não cinco." },
  "safe-question": {
    text: "Que pergunta você tem hesitado em fazer?",
    hint: "Agradeça a quem responder primeiro.",
  },
  "safe-help": {
    text: "Em que você precisaria de ajuda esta semana?",
    hint: "Pedir ajuda é sinal de força.",
  },
  "safe-disagree": {
    text: "O que você vê de um jeito diferente do resto de nós?",
    hint: "Quem lidera fala por último.",
  },
  "safe-failure": {
    text: "O que não saiu como planejado, e o que isso ensinou a você?",
    hint: "Celebre a lição.",
  },
  "safe-unsaid": {
    text: "Sobre o que não estamos falando, mas deveríamos?",
    hint: "Aqui vale mostrar as respostas só quando quem facilita revelar.",
  },
};
