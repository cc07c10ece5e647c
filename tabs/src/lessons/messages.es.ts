import type { Messages } from "../i18n/messages-type";
import type { lessons } from "./messages";

export const es: Messages<typeof lessons> = {
  "lessons.tab": "De otros equipos",
  "lessons.title": "Aprender de otros equipos",
  "lessons.intro":
    "Lecciones que han compartido otros equipos de tu organización: lo que aprendieron y lo que probaron.",
  "lessons.feedOff": "Los administradores de tu organización han desactivado las lecciones compartidas.",
  "lessons.sort": "Orden",
  "lessons.sort.newest": "Más recientes",
  "lessons.sort.adopted": "Más adoptadas",
  "lessons.search": "Buscar lecciones",
  "lessons.mode": "Modo de aprendizaje",
  "lessons.mode.all": "Todos los modos",
  "lessons.list": "Lecciones",
  "lessons.loading": "Cargando lecciones…",
  "lessons.empty": "Aún no hay lecciones que coincidan.",
  "lessons.more": "Cargar más",
  "lessons.fromTeam": "De {team}",
  "lessons.teamHidden": "Equipo oculto",
  "lessons.by": "Por {name}",
  "lessons.kind.answer": "Respuesta",
  "lessons.kind.experiment": "Experimento",
  "lessons.outcome": "Resultado: {outcome}",
  "lessons.adopted": "{count, plural, one {Adoptada por # equipo} other {Adoptada por # equipos}}",
  "lessons.tried": "{count, plural, one {Probada por # equipo} other {Probada por # equipos}}",
  "lessons.triedList": "Cómo les fue a otros equipos al probarla",
  "lessons.triedBy": "{team}: {status}, {outcome}",
  "lessons.otherTeam": "Un equipo",
  "lessons.adopt": "Probarla en mi equipo",
  "lessons.adoptLabel": "Probar en mi equipo: «{text}»",
  "lessons.adoptInto": "Equipo en el que probarla",
  "lessons.adoptIntoHint":
    "Tus equipos y reuniones en los que abriste la pestaña de historial de Learning Loop en este dispositivo. Abre una vez la pestaña de historial de un equipo para agregarlo aquí.",
  "lessons.noScopes":
    "Abre una vez la pestaña de historial de Learning Loop en uno de tus equipos: después podrás probar lecciones allí desde aquí.",
  "lessons.adopted.done": "Iniciada como experimento en {team}.",
  "lessons.unpublish": "Dejar de publicar",
  "lessons.unpublishLabel": "Dejar de publicar: «{text}»",
  "lessons.unpublished": "La lección ya no está publicada.",
  "lessons.share": "Compartir con otros equipos",
  "lessons.shareLabel": "Compartir con otros equipos: «{text}»",
  "lessons.shareTitle": "Compartir con otros equipos",
  "lessons.shareIntro":
    "Todas las personas de tu organización podrán leerla en «Aprender de otros equipos» y probarla en su equipo.",
  "lessons.showName": "Mostrar mi nombre",
  "lessons.anonymousStays": "Tu respuesta era anónima: la lección seguirá siendo anónima.",
  "lessons.teamNameHidden":
    "Los propietarios de tu equipo ocultan el nombre del equipo en las lecciones: no se mostrará.",
  "lessons.hideTeam": "No mostrar el nombre del equipo",
  "lessons.publish": "Compartir",
  "lessons.cancel": "Cancelar",
  "lessons.published": "Compartida con otros equipos.",
  "lessons.publishingOff":
    "Los propietarios de tu equipo han desactivado la opción de compartir con otros equipos.",
  "lessons.admin.heading": "Administración del inquilino",
  "lessons.admin.intro":
    "Tienes el rol de administrador de Learning Loop en tu organización: lo que cambies aquí se aplica a todos los equipos y chats.",
  "lessons.admin.feed": "Lecciones compartidas en toda la organización",
  "lessons.admin.feedHint":
    "Mientras esté desactivado, nadie de tu organización verá lecciones y ningún equipo podrá compartirlas ni probarlas.",
  "lessons.admin.feedNowOn": "Las lecciones compartidas están activadas para toda la organización.",
  "lessons.admin.feedNowOff": "Las lecciones compartidas están desactivadas para toda la organización.",
  "lessons.admin.erase.heading": "Borrar los datos de una persona en todos los equipos y chats",
  "lessons.admin.erase.intro":
    "Para una solicitud de borrado, por ejemplo cuando alguien se ha ido: Learning Loop elimina los datos de esa persona en todos los equipos y chats de tu organización, como si hubiera usado «Eliminar mis datos» en cada uno.",
  "lessons.admin.erase.oid": "Id. de objeto de Microsoft Entra de la persona",
  "lessons.admin.erase.oidHint":
    "En el Centro de administración de Microsoft Entra, abre a la persona en Usuarios y copia su Id. de objeto.",
  "lessons.admin.erase.oidInvalid":
    "El Id. de objeto de Microsoft Entra debe ser un GUID, por ejemplo {example}.",
  "lessons.admin.erase.button": "Borrar los datos de esta persona…",
  "lessons.admin.erase.title": "¿Quieres borrar los datos de esta persona en todas partes?",
  "lessons.admin.erase.confirm":
    "Todo lo que escribió esta persona se eliminará en todos los equipos y chats de tu organización: sus respuestas (también las anónimas), sus reacciones, sus respuestas al pulso del equipo y las lecciones compartidas a partir de sus respuestas. Donde solo figura su nombre (momentos de aprendizaje que inició, experimentos de los que es responsable, preguntas que agregó, lecciones que compartió), se quitará su nombre y el resto se quedará en el equipo.",
  "lessons.admin.erase.who": "Id. de objeto",
  "lessons.admin.erase.final": "Esta acción no se puede deshacer.",
  "lessons.admin.erase.confirmButton": "Borrar definitivamente",
  "lessons.admin.erase.busy": "Borrando…",
  "lessons.admin.erase.done":
    "Se borraron los datos de la persona con el Id. de objeto {oid} en todos los equipos y chats.",
  "config.lessons.legend": "Aprender de otros equipos",
  "config.lessons.publishing": "Los miembros pueden compartir respuestas y experimentos con otros equipos",
  "config.lessons.hideTeam": "Ocultar el nombre de este equipo en las lecciones compartidas",
};
