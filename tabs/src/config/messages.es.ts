import type { Messages } from "../i18n/messages-type";
import type { config } from "./messages";

export const es: Messages<typeof config> = {
  "config.title": "Configuración de Learning Loop",
  "config.loading": "Cargando la configuración de este equipo…",
  "config.loadFailedHelp":
    "Puedes agregar la pestaña ahora y cambiar la configuración más tarde desde Configuración de la pestaña. O vuelve a intentar cargarla.",
  "config.reload": "Volver a cargar la configuración",
  "config.intro":
    "Esta configuración se aplica a todas las personas de este equipo o chat. Selecciona Guardar para almacenarla y agregar la pestaña.",
  "config.member":
    "Solo los propietarios de este equipo pueden cambiar esta configuración. Aun así, puedes agregar la pestaña: selecciona Guardar.",
  "config.current": "Configuración actual",
  "config.name": "Nombre",
  "config.nameHint": "Cómo llama Learning Loop a este equipo en las tarjetas y exportaciones.",
  "config.rotation": "Rotación de preguntas",
  "config.rotationHint":
    "La pregunta que se propone para la reunión diaria de cada día de la semana. El facilitador siempre puede elegir otra.",
  "config.customPrompts": "Preguntas de tu equipo",
  "config.unknownPrompt": "Una pregunta que ya no existe",
  "config.revealMode": "Modo de revelado predeterminado",
  "config.reveal.live": "En directo",
  "config.reveal.live.hint": "las respuestas se ven a medida que llegan",
  "config.reveal.afterAnswer": "Después de responder",
  "config.reveal.afterAnswer.hint": "cada persona ve las respuestas de los demás cuando ya ha respondido",
  "config.reveal.onReveal": "Al revelar",
  "config.reveal.onReveal.hint":
    "las respuestas siguen ocultas hasta que el facilitador las revela (quien lidera habla al final)",
  "config.anonymousDefault": "Responder de forma anónima de manera predeterminada",
  "config.pulse": "Pulso del equipo",
  "config.pulse.off": "Desactivado (los propietarios pueden iniciarlo desde el panel lateral)",
  "config.pulse.monthly": "Mensual (se abre solo una vez al mes)",
  "config.pulseHint":
    "Un pulso anónimo de seguridad psicológica con cinco afirmaciones. Los resultados solo se muestran como media del equipo y cuando han respondido al menos 5 personas.",
  "config.notifications": "Notificaciones",
  "config.notification.promptCard": "Tarjeta de la pregunta en el chat de la reunión",
  "config.notification.roundSummary": "Resumen del momento de aprendizaje en el canal",
  "config.notification.weeklyDigest": "Resumen semanal",
  "config.notification.checkBackReminder": "Recordatorios de seguimiento de experimentos",
  "config.notification.meetingNudge": "Aviso durante la reunión a quien no ha respondido",
  "config.notification.afterAction": "Tarjetas de revisión posterior por eventos externos",
  "config.notification.lessonTried": "Tarjetas cuando otro equipo prueba una de nuestras lecciones",
  "config.language": "Idioma de las tarjetas del equipo",
  "config.languageHint":
    "Las tarjetas que Learning Loop publica en la conversación del equipo usan este idioma. Cada persona sigue viendo la aplicación en su propio idioma de Teams.",
  "config.timezone": "Zona horaria",
  "config.timezoneHint":
    "Decide qué significan «hoy» y «esta semana» para la rotación, el historial y las estadísticas.",
  "config.retention": "Conservar el historial (días)",
  "config.retentionHint":
    "Déjalo vacío para conservar el historial hasta que el equipo lo elimine; si no, de {min} a {max} días.",
  "config.retentionPlaceholder": "Hasta que se elimine",
  "config.retentionForever": "Hasta que el equipo lo elimine",
  "config.retentionDays": "{count, plural, one {# día} other {# días}}",
  "config.saveHint": "Los cambios se guardan cuando seleccionas Guardar.",
  "config.yes": "Sí",
  "config.no": "No",
  "config.none": "Ninguna",
  "config.cancel": "Cancelar",
  "config.deleting": "Eliminando…",
  "config.problem.nameRequired": "Ponle un nombre al equipo.",
  "config.problem.nameTooLong": "El nombre puede tener como máximo {nameMax} caracteres.",
  "config.problem.retention": "Escribe un número entero de días entre {min} y {max}, o deja el campo vacío.",
  "config.problem.timezone": "Elige una zona horaria de la lista.",
  "config.problem.unknownPrompt": "Esta pregunta ya no existe. Elige otra.",
  "config.save.stale":
    "Otra persona ha cambiado esta configuración mientras la editabas. Vuelve a cargarla e inténtalo de nuevo.",
  "config.save.staleHelp": "Tus cambios no se han guardado porque la configuración cambió mientras tanto.",
  "config.save.failed": "No se pudo guardar la configuración.",
  "config.data": "Tus datos",
  "config.erase.explain":
    "Elimina todo lo que escribiste en este equipo o chat: tus respuestas (también las anónimas) y tus reacciones. Donde solo figura tu nombre (en los momentos de aprendizaje que iniciaste y en los experimentos de los que eres responsable), se quita.",
  "config.erase.button": "Eliminar mis datos de este equipo",
  "config.erase.title": "¿Quieres eliminar tus datos de este equipo?",
  "config.erase.confirm":
    "Tus respuestas y reacciones de aquí se eliminarán para siempre, y tu nombre se quitará de los momentos de aprendizaje y los experimentos. Esta acción no se puede deshacer.",
  "config.erase.confirmButton": "Eliminar mis datos",
  "config.erase.done":
    "Listo: se han eliminado {answers, plural, one {# respuesta} other {# respuestas}} y {reactions, plural, one {# reacción} other {# reacciones}}; tu nombre se ha quitado de {named, plural, one {# elemento} other {# elementos}}.",
  "config.purge.explain":
    "Como propietario, puedes eliminar todos los datos de Learning Loop de este equipo: cada momento de aprendizaje, respuesta, experimento y configuración.",
  "config.purge.button": "Eliminar todos los datos de Learning Loop de este equipo",
  "config.purge.title": "¿Quieres eliminar todos los datos de Learning Loop de este equipo?",
  "config.purge.confirm":
    "Se eliminarán para siempre los momentos de aprendizaje, las respuestas, las reacciones, los experimentos, las preguntas y la configuración de todo el equipo. Esta acción no se puede deshacer.",
  "config.purge.typeName": "Para confirmar, escribe el nombre del equipo: {name}",
  "config.purge.confirmButton": "Eliminarlo todo",
  "config.purge.done":
    "Se han eliminado todos los datos de Learning Loop de este equipo. La configuración ha vuelto a sus valores predeterminados.",
  "config.webhook.title": "Webhook de revisión posterior",
  "config.webhook.explain":
    "Herramientas como tu canalización de versiones o tu sistema de incidentes pueden iniciar una revisión posterior cuando ocurre algo, enviando una solicitud al punto de conexión de eventos de Learning Loop firmada con el secreto de este equipo.",
  "config.webhook.rotate": "Crear un nuevo secreto de webhook",
  "config.webhook.rotating": "Creando…",
  "config.webhook.confirm":
    "Un secreto nuevo sustituye al actual de inmediato: las herramientas que aún usen el anterior dejarán de funcionar hasta que les des el nuevo.",
  "config.webhook.confirmButton": "Sustituir el secreto",
  "config.webhook.once":
    "Copia el secreto ahora y guárdalo en el almacén de secretos de tu herramienta. Solo se muestra esta vez.",
  "config.webhook.secret": "Secreto de webhook",
  "config.webhook.copy": "Copiar secreto",
  "config.webhook.copied": "Copiado.",
  "config.webhook.copyFailed": "Aquí no se permite copiar. Selecciona el secreto y pulsa Ctrl+C (⌘C en Mac).",
  "config.webhook.hide": "Ocultar secreto",
  "config.webhook.unsupported": "Este servidor de Learning Loop aún no ofrece secretos de webhook.",
  "config.webhook.noSecret": "El servidor respondió sin ningún secreto.",
  "config.reviewLabel": "Etiqueta de incidencia de GitHub que inicia una revisión",
  "config.reviewLabelHint":
    "Una incidencia cerrada con esta etiqueta inicia una revisión posterior. Valor predeterminado: incident.",
  "config.reviewTag": "Etiqueta de elemento de trabajo de Azure DevOps que inicia una revisión",
  "config.reviewTagHint":
    "Un elemento de trabajo que pasa a Closed o Done con esta etiqueta inicia una revisión posterior. Valor predeterminado: incident.",
  "config.problem.label": "Usa de 1 a 50 caracteres, sin punto y coma.",
  "config.sources.title": "De dónde vienen las revisiones posteriores",
  "config.sources.intro":
    "GitHub, Azure DevOps o tus propias herramientas pueden iniciar una revisión posterior cuando ocurre algo. Cada una envía a su propia dirección, que ves abajo, con el secreto de webhook de este equipo.",
  "config.sources.noSecret":
    "Aún no hay secreto de webhook: un propietario crea uno abajo y luego se lo da a cada origen.",
  "config.sources.url": "Dirección para {source}",
  "config.sources.copy": "Copiar dirección",
  "config.sources.copyLabel": "Copiar la dirección para {source}",
  "config.sources.starts": "Eventos que inician una revisión:",
  "config.sources.github.name": "GitHub",
  "config.sources.github.secret":
    "En el repositorio: Settings → Webhooks → Add webhook. Payload URL: esta dirección; Content type: application/json; Secret: el secreto de webhook del equipo. Elige los eventos Releases, Deployment statuses e Issues.",
  "config.sources.github.release": "Se publica una versión (release)",
  "config.sources.github.deployment": "Una implementación falla o da error",
  "config.sources.github.issue": "Se cierra una incidencia con la etiqueta «{label}»",
  "config.sources.azureDevOps.name": "Azure DevOps",
  "config.sources.azureDevOps.secret":
    "En el proyecto: Project settings → Service hooks → Create subscription → Web Hooks. URL: esta dirección; contraseña de Basic authentication: el secreto de webhook del equipo (cualquier nombre de usuario). O envíalo en el encabezado HTTP X-LearningLoop-Secret.",
  "config.sources.azureDevOps.build": "Una compilación falla (Build completed)",
  "config.sources.azureDevOps.deployment":
    "Termina una implementación de versión (Release deployment completed)",
  "config.sources.azureDevOps.run": "Termina una ejecución de canalización (Run state changed)",
  "config.sources.azureDevOps.workItem":
    "Un elemento de trabajo con la etiqueta «{tag}» pasa a Closed o Done (Work item updated)",
  "config.sources.generic.name": "Tus propias herramientas (eventos firmados)",
  "config.sources.generic.secret":
    'Firma cada solicitud con el secreto de webhook del equipo en el encabezado {header}: t=<segundos unix>,v1=<HMAC-SHA256 en hexadecimal de "<t>.<body>">. El README explica cómo hacerlo.',
  "config.sources.generic.any":
    "Cualquier evento que envíes (versión, incidente, sprint, implementación, compilación u otro)",
  "config.sources.last.none": "Aún no se ha recibido nada.",
  "config.sources.last.started": "Última entrega ({time}): inició una revisión.",
  "config.sources.last.repeated": "Última entrega ({time}): reenvío, no se inició nada nuevo.",
  "config.sources.last.ignored": "Última entrega ({time}): no inició nada ({reason}).",
  "config.sources.last.refused": "Último rechazo ({time}): {reason}.",
};
