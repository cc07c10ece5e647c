export const common = {
  "app.title": "Learning Loop",
  "app.connecting": "Connecting to Teams…",
  "app.failed": "Learning Loop could not start: {message}",
  "app.outside": "Learning Loop runs inside Microsoft Teams. Add it to a meeting or a channel to use it.",
  "app.outsideDev": "Developing locally? Open the local Teams host page.",
  "error.load": "Could not load: {message}",
  "common.loading": "Loading…",
  "common.clearSearch": "Clear search",
  "app.pageFailed": "This part of Learning Loop could not load. Reload to try again.",
  "app.reload": "Reload",
  "app.partFailed": "This part could not load. Check the connection, then reload the panel.",
} as const;
