import type { Messages } from "../messages-type";
import type { common } from "./common";

export const es: Messages<typeof common> = {
  "app.title": "Learning Loop",
  "app.connecting": "Conectando con Teams…",
  "app.failed": "Learning Loop no se pudo iniciar: {message}",
  "app.outside":
    "Learning Loop funciona dentro de Microsoft Teams. Agrégalo a una reunión o a un canal para usarlo.",
  "app.outsideDev": "¿Estás desarrollando en local? Abre la página host local de Teams.",
  "error.load": "No se pudo cargar: {message}",
  "common.loading": "Cargando…",
  "common.clearSearch": "Borrar la búsqueda",
  "app.pageFailed":
    "Esta parte de Learning Loop no se pudo cargar. Vuelve a cargar para intentarlo de nuevo.",
  "app.reload": "Volver a cargar",
  "app.partFailed": "Esta parte no se pudo cargar. Comprueba la conexión y vuelve a cargar el panel.",
};
