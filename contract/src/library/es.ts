import type { LibraryTranslation } from "./translation";

export const es: LibraryTranslation = {
  "weekly-learning": {
    text: "¿Qué estamos aprendiendo esta semana?",
    hint: "Haz una ronda rápida; las lecciones pequeñas también cuentan.",
  },
  "weekly-growing": {
    text: "¿Cómo estamos creciendo juntos?",
    hint: "Pregunta por algo en lo que alguien haya ayudado.",
  },
  "weekly-next": {
    text: "¿Qué podemos probar a continuación?",
    hint: "Convierte la mejor idea en un experimento.",
  },
  "aar-intended": {
    text: "¿Qué se suponía que iba a pasar?",
    hint: "Aclara primero cuál era el plan y después juzga el resultado.",
  },
  "aar-actual": { text: "¿Qué pasó en realidad?", hint: "Primero los hechos, sin culpas." },
  "aar-difference": {
    text: "¿Por qué hubo una diferencia?",
    hint: "Busca las causas en el sistema, no en las personas.",
  },
  "aar-next-time": { text: "¿Qué haremos la próxima vez?", hint: "Termina con un cambio concreto." },
  "exp-small-bet": {
    text: "¿Qué pequeña apuesta podríamos probar esta semana?",
    hint: "Que sea barata y reversible.",
  },
  "exp-surprise": {
    text: "¿Qué experimento nos ha sorprendido últimamente?",
    hint: "En las sorpresas es donde se esconde el aprendizaje.",
  },
  "exp-stop": {
    text: "¿Qué deberíamos dejar de hacer, a modo de prueba?",
    hint: "Prueba a dejarlo solo durante una semana.",
  },
  "exp-measure": {
    text: "¿Cómo sabremos si nuestro último cambio ha funcionado?",
    hint: "Elige una señal que observar.",
  },
  "exp-prototype": {
    text: "¿Qué podríamos prototipar en lugar de debatirlo?",
    hint: "Una versión preliminar vale más que un hilo largo.",
  },
  "ctx-outside": {
    text: "¿Qué hemos aprendido esta semana de fuera del equipo?",
    hint: "Clientes, otros equipos, artículos, charlas.",
  },
  "ctx-customer": {
    text: "¿Qué nos ha enseñado un cliente últimamente?",
    hint: "Cita sus palabras si puedes.",
  },
  "ctx-expert": {
    text: "¿Quién podría ayudarnos con su experiencia en el problema que tenemos ahora?",
    hint: "Nombra a una persona o a un equipo a quien preguntar.",
  },
  "ctx-trend": {
    text: "¿A qué cambio en nuestro sector deberíamos prestar atención?",
    hint: "Una frase sobre por qué nos importa.",
  },
  "ctx-data": {
    text: "¿Qué dicen nuestros datos que aún no hayamos comentado?",
    hint: "Trae un número.",
  },
  "vic-peer": {
    text: "¿Qué has aprendido viendo trabajar a alguien del equipo?",
    hint: "Dale las gracias por su nombre.",
  },
  "vic-other-team": {
    text: "¿Qué hace otro equipo que podríamos tomar prestado?",
    hint: "Saber tomar prestado también es una habilidad.",
  },
  "vic-mistake": {
    text: "¿De qué error ajeno aprendimos algo que podemos evitar?",
    hint: "Comparte lecciones, no culpas.",
  },
  "vic-pair": {
    text: "¿Qué te han enseñado esta semana el trabajo en pareja o las revisiones?",
    hint: "Los trucos pequeños también son bienvenidos.",
  },
  "vic-story": {
    text: "¿Qué historia de otra persona ha cambiado tu forma de trabajar?",
    hint: "Que no dure más de un minuto.",
  },
  "ref-assumption": {
    text: "¿Qué suposición nuestra resultó ser falsa?",
    hint: "Una suposición equivocada es una buena noticia.",
  },
  "ref-process": {
    text: "¿Qué de nuestra forma de trabajar juntos nos ha frenado?",
    hint: "Habla del proceso, no de las personas.",
  },
  "ref-decision": {
    text: "¿Qué decisión reciente tomaríamos ahora de otra manera?",
    hint: "¿Qué sabemos ahora que entonces no sabíamos?",
  },
  "ref-goal": {
    text: "¿Seguimos trabajando en lo que más importa?",
    hint: "Compáralo con el objetivo del equipo.",
  },
  "ref-habit": {
    text: "¿Qué costumbre del equipo deberíamos cuestionar?",
    hint: "Elige una costumbre, no cinco.",
  },
  "safe-question": {
    text: "¿Qué pregunta te ha dado reparo hacer?",
    hint: "Da las gracias a quien responda primero.",
  },
  "safe-help": {
    text: "¿En qué te vendría bien ayuda esta semana?",
    hint: "Pedir ayuda es una fortaleza.",
  },
  "safe-disagree": {
    text: "¿Qué ves de forma distinta al resto del equipo?",
    hint: "Quien lidera habla al final.",
  },
  "safe-failure": {
    text: "¿Qué no salió según lo previsto y qué te enseñó?",
    hint: "Celebra la lección.",
  },
  "safe-unsaid": {
    text: "¿De qué no estamos hablando y deberíamos hablar?",
    hint: "Para esta, plantéate usar el modo «Al revelar».",
  },
};
