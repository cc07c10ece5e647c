import type { Messages } from "../i18n/messages-type";
import type { auth } from "./messages";

export const es: Messages<typeof auth> = {
  "problem.signIn.title": "Inicia sesión para continuar",
  "problem.signIn.body":
    "Learning Loop necesita tu permiso para usar tu inicio de sesión de Teams. Inicia sesión para dárselo y la aplicación se cargará.",
  "problem.signIn.action": "Iniciar sesión",
  "problem.signIn.busy": "Iniciando sesión…",
  "problem.signIn.failed": "El inicio de sesión no ha terminado ({reason}). Inténtalo de nuevo.",
  "problem.noAccess.title": "No tienes acceso a este equipo o chat",
  "problem.noAccess.body":
    "Learning Loop solo muestra el aprendizaje de un equipo a sus miembros. Pide a un propietario del equipo o al organizador de la reunión que te agregue y vuelve a abrir la aplicación.",
  "problem.notOnboarded.title": "Learning Loop no está configurado para tu organización",
  "problem.notOnboarded.body":
    "Tu organización aún no ha instalado Learning Loop. Pide a tu administrador de Teams que agregue la aplicación y vuelve a intentarlo.",
  "problem.unavailable.title": "Ahora mismo no se puede acceder a Learning Loop",
  "problem.unavailable.body":
    "El servicio está ocupado o no está disponible. Inténtalo de nuevo en un momento.",
  "problem.generic.title": "Algo ha ido mal",
  "problem.retry": "Reintentar",
  "problem.text.network": "Falló la conexión. Compruébala y vuelve a intentarlo.",
  "problem.text.invalid": "No se aceptó. Revisa lo que escribiste y vuelve a intentarlo.",
  "problem.text.forbidden":
    "No puedes hacer eso aquí. Si lo necesitas, pídeselo a un propietario del equipo.",
  "problem.text.notFound":
    "Esto ya no existe. Puede que se haya eliminado; recarga para ver lo que hay ahora.",
  "problem.text.conflict": "Choca con un cambio hecho mientras tanto. Recarga y vuelve a intentarlo.",
  "problem.text.stale": "Alguien acaba de cambiar esto. Recarga y vuelve a intentarlo.",
  "problem.text.tooLarge": "Es demasiado largo para enviarlo. Acórtalo y vuelve a intentarlo.",
  "problem.text.other": "Algo salió mal. Vuelve a intentarlo en un momento.",
  "auth.page.title": "Inicio de sesión de Learning Loop",
  "auth.page.working": "Iniciando sesión…",
  "auth.page.done": "Has iniciado sesión. Ya puedes cerrar esta ventana.",
  "auth.page.failed": "El inicio de sesión no ha terminado: {reason}",
  "auth.page.outsideTeams":
    "Esta página forma parte del inicio de sesión de Learning Loop y solo funciona cuando la abre Teams.",
};
