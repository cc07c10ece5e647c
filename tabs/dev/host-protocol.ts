/**
 * The teams-js postMessage protocol as seen from the host, taken from @microsoft/teams-js 2.58
 * (src/internal/communication.ts, messageObjects.ts):
 * - the app sends `{ id, uuidAsString, func, args, timestamp, apiVersionTag, ... }`;
 * - the host answers `{ id, uuidAsString, args }`, and teams-js hands `args` to whatever waits;
 * - the host raises events with `{ func, args }` and no numeric `id`.
 */

export interface AppRequest {
  id: number;
  uuidAsString?: string;
  func: string;
  args: unknown[];
  apiVersionTag?: string;
}

export interface HostReply {
  id: number;
  uuidAsString?: string;
  args: unknown[];
}

export interface HostEvent {
  func: string;
  args: unknown[];
}

export function isAppRequest(data: unknown): data is AppRequest {
  if (typeof data !== "object" || data === null) return false;
  const message = data as Partial<AppRequest>;
  return (
    typeof message.id === "number" && typeof message.func === "string" && Array.isArray(message.args ?? [])
  );
}

export const replyTo = (request: AppRequest, args: unknown[]): HostReply => ({
  id: request.id,
  uuidAsString: request.uuidAsString,
  args,
});

/** teams-js `ErrorCode` values this host uses. */
export const ErrorCode = {
  NOT_SUPPORTED_ON_PLATFORM: 100,
  INTERNAL_ERROR: 500,
  PERMISSION_DENIED: 1000,
  INVALID_ARGUMENTS: 4000,
} as const;

export interface SdkError {
  errorCode: number;
  message: string;
}

/**
 * Functions whose caller reads the reply as `[wasSuccessful, reason]` (teams-js
 * `sendAndHandleStatusAndReason*`, `authentication.authenticate`): `[false, reason]` rejects.
 */
const STATUS_AND_REASON = new Set([
  "authentication.authenticate",
  "calendar.composeMeeting",
  "calendar.openCalendarItem",
  "chat.openChat",
  "conversations.openConversation",
  "executeDeepLink",
  "mail.composeMail",
  "mail.openMailItem",
  "navigateBack",
  "navigateCrossDomain",
  "navigateToTab",
  "pages.navigateToApp",
  "search.closeSearch",
  "settings.setSettings",
]);

export const notSupportedMessage = (func: string) =>
  `${func} is not supported by the local Teams host page (tabs/dev/host.ts).`;

/**
 * The "not supported" reply in the shape the caller of `func` reads, so no promise or callback in
 * the app waits forever. Everything not listed above reads an error first: `[error, result]`
 * callbacks, `sendAndHandleSdkError` and `callFunctionInHost*` all reject on `[SdkError, null]`.
 */
export function notSupportedReply(func: string): unknown[] {
  const message = notSupportedMessage(func);
  if (STATUS_AND_REASON.has(func)) return [false, message];
  const error: SdkError = { errorCode: ErrorCode.NOT_SUPPORTED_ON_PLATFORM, message };
  if (func === "authentication.getUser") return [false, error];
  return [error, null];
}

const JWT = /eyJ[\w-]*\.[\w-]+\.[\w-]*/g;
const REDACTED = "[token redacted]";

/** A copy of `value` with anything that looks like a JWT replaced, for logs and `window.hostCalls`. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return value.replace(JWT, REDACTED);
  if (depth > 8 || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redact(item, depth + 1)]));
}

const MAX_DETAIL = 240;

const describe = (value: unknown): string => {
  if (typeof value === "string") return value;
  if (value === undefined) return "";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
};

/** One log line for a request: the function name and what matters of its arguments. */
export function summarize(request: AppRequest): string {
  const args = redact(request.args ?? []) as unknown[];
  let detail: string;
  switch (request.func) {
    case "initialize":
      detail = `(teams-js ${describe(args[0])})`;
      break;
    case "getContext":
    case "authentication.getAuthToken":
    case "meeting.getAppContentStageSharingCapabilities":
    case "meeting.getAppContentStageSharingState":
    case "meeting.stopSharingAppContentToStage":
      detail = args.some((arg) => arg !== null && arg !== undefined) ? describe(args) : "";
      break;
    case "appInitialization.failure":
    case "appInitialization.expectedFailure":
      detail = [args[0], args[1]]
        .filter((part) => part !== undefined && part !== null)
        .map(describe)
        .join(": ");
      break;
    case "meeting.shareAppContentToStage": {
      const protocol = (args[1] as { sharingProtocol?: unknown } | undefined)?.sharingProtocol;
      detail = protocol ? `${describe(args[0])} (${describe(protocol)})` : describe(args[0]);
      break;
    }
    case "appInitialization.success":
    case "appInitialization.appLoaded":
      detail = "";
      break;
    default:
      detail = args.length === 1 ? describe(args[0]) : args.length ? describe(args) : "";
  }
  return detail ? `${request.func} ${detail}` : request.func;
}
