import { DevTokenSource } from "./dev-token";
import {
  DEV_USERS,
  KNOWN_SCOPES,
  THEMES,
  VIEWS,
  buildLegacyContext,
  buildRuntimeConfig,
  hostQuery,
  meetingIdFor,
  parseHostOptions,
  pathOnOrigin,
  stageViewOptions,
} from "./host-context";
import type { DevIdentity, HostOptions, Theme } from "./host-context";
import { ErrorCode, isAppRequest, notSupportedReply, redact, replyTo, summarize } from "./host-protocol";
import type { AppRequest, HostEvent, SdkError } from "./host-protocol";

/**
 * The local Teams host page (docs/architecture.md §2): frames the app and answers the teams-js protocol the
 * way Teams does, so people and e2e tests run the app's real teams-js code path.
 */

export interface HostCall {
  func: string;
  args: unknown[];
  /** Set for requests from the sign-in window that `authentication.authenticate` opened. */
  window?: "authentication";
}

declare global {
  interface Window {
    /** Every request the app made, in order, tokens redacted: for tests. */
    hostCalls: HostCall[];
  }
}

/** The SDK version a current Teams client reports in the `initialize` reply. */
const CLIENT_SUPPORTED_SDK_VERSION = "2.58.0";
/** What Teams answers `authentication.getAuthToken` with when the app lacks the user's consent. */
const CONSENT_REQUIRED = "resourceRequiresConsent";
/** The name of the sign-in window, so that a second `authenticate` reuses rather than stacks it. */
const AUTH_WINDOW_NAME = "learning-loop-sign-in";
/** Teams gives up on a tab's save handler after a while; so does this host. */
const SAVE_TIMEOUT_MS = 30_000;

const VIEW_LABELS: Record<HostOptions["view"], string> = {
  sidePanel: "Meeting side panel",
  meetingStage: "Meeting stage",
  content: "Tab (history)",
  settings: "Tab settings",
};
const USER_LABELS: Record<string, string> = {
  alice: "alice (owner, organizer)",
  mallory: "mallory (other team only)",
  eve: "eve (other tenant)",
  frank: "frank (tenant admin)",
};
const THEME_LABELS: Record<Theme, string> = { default: "Light", dark: "Dark", contrast: "High contrast" };

const byId = <T extends HTMLElement>(id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`host.html has no #${id}`);
  return element as T;
};

const frame = byId<HTMLIFrameElement>("app-frame");
const log = byId<HTMLDivElement>("log");
const hostStatus = byId<HTMLParagraphElement>("host-status");
const notices = byId<HTMLDivElement>("notices");
const stage = byId<HTMLParagraphElement>("stage");
const stageLink = byId<HTMLAnchorElement>("stage-link");
const settingsFooter = byId<HTMLElement>("settings-footer");
const saveButton = byId<HTMLButtonElement>("save");
const saveStatus = byId<HTMLParagraphElement>("save-status");

const { options: initialOptions, problems } = parseHostOptions(location.search, location.origin);
/** Only the theme changes without a reload. */
let options: HostOptions = initialOptions;
const sessionId = crypto.randomUUID();
const tokens = new DevTokenSource(options.user);

window.hostCalls = [];

// ---- log and status -------------------------------------------------------------------------

let scrollQueued = false;

function addLogLine(text: string, kind: "request" | "event" | "error" = "request") {
  const line = document.createElement("p");
  line.className = kind;
  line.textContent = redact(text) as string;
  log.append(line);
  // One scroll per frame: scrolling at each line would lay the host page out at each app message,
  // on the same thread as the framed app (in Teams the host runs in a process of its own).
  if (!scrollQueued) {
    scrollQueued = true;
    requestAnimationFrame(() => {
      scrollQueued = false;
      log.scrollTop = log.scrollHeight;
    });
  }
  return line;
}

function notice(text: string) {
  const paragraph = document.createElement("p");
  paragraph.textContent = text;
  notices.append(paragraph);
}

let identityText = "Signing in…";
let appText = "App: loading";
const renderStatus = () => {
  hostStatus.textContent = `${identityText} · ${appText}${options.stageSharing ? "" : " · stage sharing off"}`;
};

// ---- toolbar --------------------------------------------------------------------------------

function fillSelect(
  id: string,
  values: readonly string[],
  current: string,
  label: (value: string) => string,
) {
  const select = byId<HTMLSelectElement>(id);
  const all = values.includes(current) ? values : [...values, current];
  select.replaceChildren(...all.map((value) => new Option(label(value), value, false, value === current)));
  return select;
}

const hostHref = (next: HostOptions) => `${location.pathname}?${hostQuery(next).toString()}`;

for (const [name, values, label] of [
  ["user", DEV_USERS, (value: string) => USER_LABELS[value] ?? value],
  ["view", VIEWS, (value: string) => VIEW_LABELS[value as HostOptions["view"]] ?? value],
  ["scope", KNOWN_SCOPES, (value: string) => value],
] as const) {
  const select = fillSelect(name, values, options[name], label);
  select.addEventListener("change", () => location.assign(hostHref({ ...options, [name]: select.value })));
}

const themeSelect = fillSelect("theme", THEMES, options.theme, (value) => THEME_LABELS[value as Theme]);
themeSelect.addEventListener("change", () => setTheme(themeSelect.value as Theme));

function setTheme(theme: Theme) {
  options = { ...options, theme };
  document.documentElement.dataset.theme = theme;
  history.replaceState(history.state, "", hostHref(options));
  sendEvent({ func: "themeChange", args: [theme] });
  renderStageLink();
}

// ---- talking to the app ---------------------------------------------------------------------

function sendEvent(event: HostEvent) {
  if (!frame.contentWindow || options.app === null) return;
  frame.contentWindow.postMessage(event, location.origin);
  const args = event.args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg)));
  addLogLine(["host →", event.func, ...args].join(" "), "event");
}

async function identity(): Promise<DevIdentity | null> {
  try {
    return (await tokens.get()).user;
  } catch {
    return null;
  }
}

/** The URL the app shared to the stage, while it is shared. */
let sharedPath: string | null = null;

function renderStageLink() {
  stage.hidden = sharedPath === null;
  if (sharedPath !== null) stageLink.href = hostHref(stageViewOptions(options, sharedPath));
}

function shareToStage(args: unknown[]): unknown[] {
  if (!options.stageSharing) {
    const error: SdkError = {
      errorCode: ErrorCode.PERMISSION_DENIED,
      message: "This host was opened with stageSharing=0: the app may not share to the stage.",
    };
    return [error, null];
  }
  const url = typeof args[0] === "string" ? args[0] : "";
  const path = pathOnOrigin(url, location.origin);
  if (path === null) {
    const error: SdkError = {
      errorCode: ErrorCode.INVALID_ARGUMENTS,
      message: `Teams only shares URLs on the app's own domain (validDomains); got "${url}".`,
    };
    return [error, null];
  }
  sharedPath = path;
  renderStageLink();
  return [null, true];
}

// ---- sign-in window (authentication.authenticate) -------------------------------------------

/** With authFail=consent, tokens are refused until the user completed a sign-in here. */
let consentGranted = false;

interface AuthWindow {
  popup: Window;
  finish(reply: unknown[]): void;
}

let authWindow: AuthWindow | null = null;

/**
 * Opens the app's sign-in page in a popup, as Teams on the web does, and answers the app's
 * `authenticate` once that page calls `notifySuccess` / `notifyFailure`, or with
 * `CancelledByUser` when the window is closed first. Teams only opens URLs on the app's domain.
 */
function authenticate(args: unknown[]): Promise<unknown[]> {
  const url = typeof args[0] === "string" ? args[0] : "";
  // teams-js only passes https URLs; the dev app sends its own http origin in https form.
  const path =
    pathOnOrigin(url, location.origin) ??
    (location.protocol === "http:" ? pathOnOrigin(url.replace(/^https:/i, "http:"), location.origin) : null);
  if (path === null) {
    return Promise.resolve([
      false,
      `Teams only opens sign-in pages on the app's own domain (validDomains); got "${url}".`,
    ]);
  }
  if (authWindow && !authWindow.popup.closed) {
    authWindow.popup.focus();
    return Promise.resolve([false, "A sign-in window is already open."]);
  }
  const width = Math.min(Math.max(Number(args[1]) || 600, 300), 1200);
  const height = Math.min(Math.max(Number(args[2]) || 535, 300), 1000);
  const popup = window.open(path, AUTH_WINDOW_NAME, `popup,width=${width},height=${height}`);
  if (!popup) {
    addLogLine("authentication.authenticate: the browser blocked the sign-in popup", "error");
    return Promise.resolve([false, "FailedToOpenWindow"]);
  }
  return new Promise((resolve) => {
    const watch = setInterval(() => {
      if (popup.closed) current.finish([false, "CancelledByUser"]);
    }, 250);
    const current: AuthWindow = {
      popup,
      finish(reply) {
        clearInterval(watch);
        if (authWindow === current) authWindow = null;
        if (reply[0] === true) {
          consentGranted = true;
          identityText = identityText.replace(/ · consent granted$/, "") + " · consent granted";
          renderStatus();
        }
        addLogLine(
          `authentication.authenticate → ${reply[0] === true ? "success" : `failure (${String(reply[1])})`}`,
          "event",
        );
        resolve(reply);
      },
    };
    authWindow = current;
  });
}

/** Requests from the sign-in window: it initializes in the `authentication` frame context. */
async function answerAuthWindow(request: AppRequest, line: HTMLElement): Promise<unknown[] | undefined> {
  const args = request.args ?? [];
  switch (request.func) {
    case "initialize":
      return [
        "authentication",
        "web",
        JSON.stringify(buildRuntimeConfig(options)),
        CLIENT_SUPPORTED_SDK_VERSION,
      ];
    case "getContext":
      return [
        { ...buildLegacyContext(options, await identity(), sessionId), frameContext: "authentication" },
      ];
    case "authentication.authenticate.success":
      authWindow?.finish([true, typeof args[0] === "string" ? args[0] : ""]);
      return undefined;
    case "authentication.authenticate.failure":
      authWindow?.finish([false, typeof args[0] === "string" && args[0] ? args[0] : "Sign-in failed."]);
      return undefined;
    case "registerHandler":
    case "appInitialization.appLoaded":
    case "appInitialization.success":
      return undefined;
    default:
      line.className = "error";
      line.append(" — not supported in the sign-in window; answered with an error");
      return notSupportedReply(request.func);
  }
}

// ---- tab settings (view=settings) -----------------------------------------------------------

let settingsValid = false;
let saving: ReturnType<typeof setTimeout> | undefined;
let savedConfig: { contentUrl?: unknown } | undefined;

const renderSave = () => {
  saveButton.disabled = !settingsValid || saving !== undefined;
};

function finishSave(text: string, saved = false) {
  clearTimeout(saving);
  saving = undefined;
  saveStatus.replaceChildren(text);
  const contentPath =
    typeof savedConfig?.contentUrl === "string"
      ? pathOnOrigin(savedConfig.contentUrl, location.origin)
      : null;
  if (saved && contentPath) {
    const link = document.createElement("a");
    link.href = hostHref({ ...options, view: "content", app: contentPath });
    link.textContent = "Open the configured tab";
    saveStatus.append(" ", link);
  }
  renderSave();
}

saveButton.addEventListener("click", () => {
  saving = setTimeout(
    () => finishSave(`The app did not answer the save within ${SAVE_TIMEOUT_MS / 1000} s.`),
    SAVE_TIMEOUT_MS,
  );
  saveStatus.textContent = "Saving…";
  renderSave();
  sendEvent({ func: "settings.save", args: [] });
});

// ---- Live Share ---------------------------------------------------------------------------------

/**
 * The local Fluid service this host offers the app through teams-js `LiveShareHost`, or null for
 * a host without Live Share. Teams names a Fluid Relay tenant; this host names the tenant "local",
 * which Live Share connects to without Teams' tokens (docs/architecture.md §2).
 */
const liveShareEndpoint: Promise<string | null> = (async () => {
  if (options.liveShare === "off") return null;
  if (typeof options.liveShare === "number") return `http://localhost:${options.liveShare}`;
  try {
    const response = await fetch("/dev/live-share/config");
    return response.ok ? ((await response.json()) as { endpoint: string | null }).endpoint : null;
  } catch {
    return null;
  }
})();

async function registry(path: string, body: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(`/dev/live-share/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

const ROLES: Record<string, string[]> = { alice: ["Organizer", "Presenter"] };

/** The `interactive.*` calls behind teams-js `LiveShareHost`, answered as `[error, result]`. */
async function answerLiveShare(request: AppRequest): Promise<unknown[]> {
  const endpoint = await liveShareEndpoint;
  if (!endpoint) return notSupportedReply(request.func);
  const args = request.args ?? [];
  const meetingId = meetingIdFor(options.scope);
  try {
    switch (request.func) {
      case "interactive.getFluidTenantInfo":
        return [null, { tenantId: "local", serviceEndpoint: endpoint }];
      case "interactive.getFluidToken":
        // The "local" tenant needs no token from the host; Teams hands out Fluid Relay tokens here.
        return [null, ""];
      case "interactive.getFluidContainerId":
        return [null, await registry("container/get", { endpoint, meetingId })];
      case "interactive.setFluidContainerId":
        return [null, await registry("container/set", { endpoint, meetingId, containerId: args[0] })];
      case "interactive.getNtpTime": {
        const now = Date.now();
        return [null, { ntpTime: new Date(now).toUTCString(), ntpTimeInUTC: now }];
      }
      case "interactive.registerClientId":
      case "interactive.getClientRoles": {
        const user = await identity();
        const roles = ROLES[options.user] ?? ["Attendee"];
        if (request.func === "interactive.getClientRoles") {
          const info = (await registry("client/get", { clientId: args[0] })) as { roles?: string[] } | null;
          return [null, info?.roles ?? roles];
        }
        return [
          null,
          await registry("client/set", {
            clientId: args[0],
            userId: user?.oid ?? options.user,
            displayName: user?.name ?? options.user,
            roles,
          }),
        ];
      }
      case "interactive.getClientInfo":
        return [null, await registry("client/get", { clientId: args[0] })];
      default:
        return notSupportedReply(request.func);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ errorCode: ErrorCode.INTERNAL_ERROR, message }, null];
  }
}

// ---- requests -------------------------------------------------------------------------------

/** Answers one request; returns the reply's args, or undefined for requests that get no reply. */
async function answer(request: AppRequest, line: HTMLElement): Promise<unknown[] | undefined> {
  const args = request.args ?? [];
  switch (request.func) {
    case "initialize":
      appText = "App: initialized";
      renderStatus();
      return [
        options.view,
        "web",
        JSON.stringify(buildRuntimeConfig(options, (await liveShareEndpoint) !== null)),
        CLIENT_SUPPORTED_SDK_VERSION,
      ];
    case "getContext":
      return [buildLegacyContext(options, await identity(), sessionId)];
    case "authentication.getAuthToken":
      if (options.authFail === "consent" && !consentGranted) {
        addLogLine(`authentication.getAuthToken refused: ${CONSENT_REQUIRED} (authFail=consent)`, "error");
        return [false, CONSENT_REQUIRED];
      }
      try {
        return [true, (await tokens.get()).token];
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        addLogLine(`authentication.getAuthToken failed: ${message}`, "error");
        return [false, message];
      }
    case "authentication.authenticate":
      return authenticate(args);
    case "meeting.shareAppContentToStage":
      return shareToStage(args);
    case "meeting.getAppContentStageSharingCapabilities":
      return [null, { doesAppHaveSharePermission: options.stageSharing }];
    case "meeting.getAppContentStageSharingState":
      return [null, { isAppSharing: sharedPath !== null }];
    case "meeting.stopSharingAppContentToStage":
      sharedPath = null;
      renderStageLink();
      return [null, true];
    case "appInitialization.appLoaded":
      appText = "App: loaded";
      renderStatus();
      return undefined;
    case "appInitialization.success":
      appText = "App: ready";
      renderStatus();
      return undefined;
    case "appInitialization.failure":
    case "appInitialization.expectedFailure": {
      const what = request.func === "appInitialization.failure" ? "failure" : "expected failure";
      appText = `App: reported ${what} (${[args[0], args[1]].filter(Boolean).map(String).join(": ")})`;
      renderStatus();
      return undefined;
    }
    case "registerHandler":
      return undefined;
    case "settings.setValidityState":
      settingsValid = args[0] === true;
      renderSave();
      return undefined;
    case "settings.setSettings":
      savedConfig = (args[0] ?? {}) as typeof savedConfig;
      return [true];
    case "settings.save.success":
      finishSave("Saved.", true);
      return undefined;
    case "settings.save.failure":
      finishSave(`Save failed${args[0] ? `: ${String(args[0])}` : "."}`);
      return undefined;
    case "executeDeepLink":
      return [true];
    default:
      if (request.func.startsWith("interactive.")) return answerLiveShare(request);
      line.className = "error";
      line.append(" — not supported here; answered with an error");
      return notSupportedReply(request.func);
  }
}

window.addEventListener("message", (event: MessageEvent<unknown>) => {
  // Only the framed app and its sign-in window speak to this host, and only from this origin.
  const fromApp = !!frame.contentWindow && event.source === frame.contentWindow;
  const fromAuthWindow = authWindow !== null && event.source === authWindow.popup;
  if ((!fromApp && !fromAuthWindow) || event.origin !== location.origin) return;
  if (!isAppRequest(event.data)) return;
  const request = event.data;
  const source = event.source as Window;
  window.hostCalls.push({
    func: request.func,
    args: redact(request.args ?? []) as unknown[],
    ...(fromAuthWindow ? { window: "authentication" as const } : {}),
  });
  const line = addLogLine(`${fromAuthWindow ? "sign-in window: " : ""}${summarize(request)}`);
  void (fromAuthWindow ? answerAuthWindow(request, line) : answer(request, line)).then((args) => {
    if (args) source.postMessage(replyTo(request, args), event.origin);
  });
});

// ---- start ----------------------------------------------------------------------------------

document.documentElement.dataset.theme = options.theme;
byId<HTMLElement>("main").classList.toggle("side-panel", options.view === "sidePanel");
settingsFooter.hidden = options.view !== "settings";
problems.forEach(notice);
renderStatus();

tokens.get().then(
  ({ user }) => {
    identityText = `Signed in as ${user.name} (${options.user}@example.test, tenant ${user.tid})`;
    renderStatus();
  },
  (error: unknown) => {
    identityText = "Not signed in";
    renderStatus();
    notice(error instanceof Error ? error.message : String(error));
  },
);

if (options.app !== null) {
  frame.src = options.app;
} else {
  appText = "App: not loaded";
  renderStatus();
}
