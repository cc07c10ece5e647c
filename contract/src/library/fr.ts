import type { LibraryTranslation } from "./translation";

export const fr: LibraryTranslation = {
  "weekly-learning": {
    text: "Qu’apprenons-nous cette semaine ?",
    hint: "Un tour rapide : même les petites leçons comptent.",
  },
  "weekly-growing": {
    text: "Comment progressons-nous ensemble ?",
    hint: "Demandez à chacun un coup de pouce reçu.",
  },
  "weekly-next": {
    text: "Que pouvons-nous essayer ensuite ?",
    hint: "Transformez la meilleure idée en expérimentation.",
  },
  "aar-intended": {
    text: "Que devait-il se passer ?",
    hint: "Mettez-vous d’accord sur le plan avant de juger le résultat.",
  },
  "aar-actual": {
    text: "Que s’est-il réellement passé ?",
    hint: "Les faits d’abord, sans chercher de coupable.",
  },
  "aar-difference": {
    text: "Pourquoi cet écart ?",
    hint: "Cherchez les causes dans le système, pas chez les personnes.",
  },
  "aar-next-time": {
    text: "Que ferons-nous la prochaine fois ?",
    hint: "Terminez par un changement concret.",
  },
  "exp-small-bet": {
    text: "Quel petit pari pourrions-nous tenter cette semaine ?",
    hint: "Peu coûteux et réversible.",
  },
  "exp-surprise": {
    text: "Quelle expérimentation nous a surpris récemment ?",
    hint: "C’est dans les surprises que se cache l’apprentissage.",
  },
  "exp-stop": {
    text: "Que devrions-nous arrêter de faire, à titre d’essai ?",
    hint: "Essayez d’arrêter pendant une semaine seulement.",
  },
  "exp-measure": {
    text: "Comment saurons-nous si notre dernier changement a fonctionné ?",
    hint: "Citez un signal à suivre.",
  },
  "exp-prototype": {
    text: "Que pourrions-nous prototyper au lieu d’en débattre ?",
    hint: "Une version brouillon vaut mieux qu’un long fil de discussion.",
  },
  "ctx-outside": {
    text: "Qu’avons-nous appris de l’extérieur de l’équipe cette semaine ?",
    hint: "Clients, autres équipes, articles, conférences.",
  },
  "ctx-customer": {
    text: "Qu’est-ce qu’un client nous a appris récemment ?",
    hint: "Citez ses mots si vous le pouvez.",
  },
  "ctx-expert": {
    text: "Quelle expertise pourrait nous aider sur notre problème actuel ?",
    hint: "Nommez une personne ou une équipe à solliciter.",
  },
  "ctx-trend": {
    text: "Quel changement dans notre domaine mérite notre attention ?",
    hint: "Une phrase sur ce que ça change pour nous.",
  },
  "ctx-data": {
    text: "Que disent nos données dont nous n’avons pas encore parlé ?",
    hint: "Apportez un chiffre.",
  },
  "vic-peer": {
    text: "Qu’avez-vous appris en regardant travailler quelqu’un de l’équipe ?",
    hint: "Remerciez cette personne par son nom.",
  },
  "vic-other-team": {
    text: "Que fait une autre équipe que nous pourrions reprendre ?",
    hint: "Savoir s’inspirer est une compétence.",
  },
  "vic-mistake": {
    text: "Quelle erreur commise par d’autres nous a appris quelque chose à éviter ?",
    hint: "Partagez des leçons, pas des reproches.",
  },
  "vic-pair": {
    text: "Qu’est-ce que le travail en binôme ou la relecture vous a appris cette semaine ?",
    hint: "Les petites astuces sont bienvenues.",
  },
  "vic-story": {
    text: "Quelle histoire vécue par quelqu’un d’autre a changé votre façon de travailler ?",
    hint: "Une minute maximum.",
  },
  "ref-assumption": {
    text: "Laquelle de nos hypothèses s’est révélée fausse ?",
    hint: "Une hypothèse fausse, c’est une bonne nouvelle.",
  },
  "ref-process": {
    text: "Qu’est-ce qui nous a ralentis dans notre façon de travailler ensemble ?",
    hint: "Parlez du fonctionnement, pas des personnes.",
  },
  "ref-decision": {
    text: "Quelle décision récente prendrions-nous autrement aujourd’hui ?",
    hint: "Que savons-nous maintenant que nous ignorions alors ?",
  },
  "ref-goal": {
    text: "Travaillons-nous toujours sur ce qui compte le plus ?",
    hint: "Comparez avec l’objectif de l’équipe.",
  },
  "ref-habit": {
    text: "Quelle habitude d’équipe devrions-nous remettre en question ?",
    hint: "Choisissez une habitude, pas cinq.",
  },
  "safe-question": {
    text: "Quelle question avez-vous hésité à poser ?",
    hint: "Remerciez la première personne qui répond.",
  },
  "safe-help": {
    text: "Sur quoi auriez-vous besoin d’aide cette semaine ?",
    hint: "Demander de l’aide est une force.",
  },
  "safe-disagree": {
    text: "Sur quel sujet voyez-vous les choses autrement que nous ?",
    hint: "Le leader parle en dernier.",
  },
  "safe-failure": {
    text: "Qu’est-ce qui ne s’est pas passé comme prévu, et qu’en avez-vous appris ?",
    hint: "Célébrez la leçon.",
  },
  "safe-unsaid": {
    text: "De quoi ne parlons-nous pas alors que nous le devrions ?",
    hint: "Pensez à n’afficher les réponses qu’au dévoilement.",
  },
};
