import { HISTORY_ENTITY_ID, LESSONS_ENTITY_ID } from "@learning-loop/contract";
import type { Context } from "@microsoft/teams-js";

/**
 * What the local Teams host page pretends to be: parsed from its query string, and turned into the
 * legacy context and runtime config teams-js expects. Pure functions, so two browsers given the same
 * query land in the same team, chat and meeting.
 */

export const VIEWS = ["sidePanel", "meetingStage", "content", "settings"] as const;
export type View = (typeof VIEWS)[number];

export const DEV_USERS = ["alice", "bob", "carol", "dave", "frank", "mallory", "eve"] as const;
export type DevUserName = (typeof DEV_USERS)[number];

export const THEMES = ["default", "dark", "contrast"] as const;
export type Theme = (typeof THEMES)[number];

/** The dev fixture scopes of docs/architecture.md §2; any other `team:X` / `chat:Y` works too. */
export const KNOWN_SCOPES = [
  "team:dev-team",
  "chat:19:standup-meeting@thread.v2",
  "team:other-team",
  "team:eve-team",
  "personal",
] as const;

/**
 * `scope=personal`: the personal app (the manifest's static tab "Learning from other teams"). Teams
 * opens it in the `content` frame context with no team, channel, chat or meeting, whatever `view` says.
 */
export const PERSONAL_SCOPE = "personal";

export const DEFAULT_APP = "/index.html";
export const DEFAULT_LOCALE = "en-US";

export interface HostOptions {
  view: View;
  user: DevUserName;
  theme: Theme;
  scope: string;
  subEntityId: string | undefined;
  locale: string;
  /** Same-origin path of the page to frame; null when the query asked for something else. */
  app: string | null;
  stageSharing: boolean;
  /**
   * `consent`: `authentication.getAuthToken` fails the way Teams does when the app needs the user's
   * consent, until the user completes `authentication.authenticate` in this host.
   */
  authFail: AuthFail | null;
  /**
   * Live Share: `default` uses the local Fluid service `npm start` runs (if any); `off` is a host
   * without it (a mobile client, a guest); a port number names another local Fluid service.
   */
  liveShare: LiveShareOption;
}

export type LiveShareOption = "default" | "off" | number;

export const AUTH_FAILS = ["consent"] as const;
export type AuthFail = (typeof AUTH_FAILS)[number];

export interface ParsedHostOptions {
  options: HostOptions;
  /** Query values that were refused or replaced by a default, in words a person can act on. */
  problems: string[];
}

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

const SCOPE_PATTERN = /^((team|chat):\S+|personal)$/;
const LOCALE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * A path on this origin, or null. `//host/x` and `/\host` are refused because browsers resolve them
 * to another origin.
 */
export function sameOriginPath(value: string, origin: string): string | null {
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return null;
  }
  return url.origin === origin ? url.pathname + url.search + url.hash : null;
}

/** The path of an absolute URL on this origin, or null for any other origin or a malformed URL. */
export function pathOnOrigin(value: string, origin: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return url.origin === origin ? url.pathname + url.search + url.hash : null;
}

export function parseHostOptions(search: string, origin: string): ParsedHostOptions {
  const query = new URLSearchParams(search);
  const problems: string[] = [];
  const pick = <T extends string>(name: string, values: readonly T[], fallback: T): T => {
    const value = query.get(name);
    if (value === null || value === "") return fallback;
    if (isOneOf(values, value)) return value;
    problems.push(`Unknown ${name} "${value}"; using "${fallback}". Choose one of: ${values.join(", ")}.`);
    return fallback;
  };

  const view = pick("view", VIEWS, "sidePanel");
  const user = pick("user", DEV_USERS, "alice");
  const theme = pick("theme", THEMES, "default");

  let scope: string = KNOWN_SCOPES[0];
  const scopeParam = query.get("scope");
  if (scopeParam) {
    if (SCOPE_PATTERN.test(scopeParam)) scope = scopeParam;
    else
      problems.push(
        `Scope "${scopeParam}" is neither team:GROUP_ID, chat:CHAT_ID nor personal; using "${scope}".`,
      );
  }

  let locale = DEFAULT_LOCALE;
  const localeParam = query.get("locale");
  if (localeParam) {
    if (LOCALE_PATTERN.test(localeParam)) locale = localeParam;
    else
      problems.push(`Locale "${localeParam}" is not a language tag such as en-US; using ${DEFAULT_LOCALE}.`);
  }

  const appParam = query.get("app") || DEFAULT_APP;
  const app = sameOriginPath(appParam, origin);
  if (app === null) {
    problems.push(`Refusing app="${appParam}": only same-origin paths starting with "/" can be framed.`);
  }

  return {
    options: {
      view,
      user,
      theme,
      scope,
      subEntityId: query.get("subEntityId") || undefined,
      locale,
      app,
      stageSharing: query.get("stageSharing") !== "0",
      authFail: authFailOf(query.get("authFail"), problems),
      liveShare: liveShareOf(query.get("liveShare"), problems),
    },
    problems,
  };
}

function liveShareOf(value: string | null, problems: string[]): LiveShareOption {
  if (value === null || value === "" || value === "default") return "default";
  if (value === "off") return "off";
  const port = Number(value);
  if (Number.isInteger(port) && port > 0 && port < 65536) return port;
  problems.push(`Unknown liveShare "${value}"; using the default. Choose: default, off or a port number.`);
  return "default";
}

function authFailOf(value: string | null, problems: string[]): AuthFail | null {
  if (value === null || value === "") return null;
  if (isOneOf(AUTH_FAILS, value)) return value;
  problems.push(`Unknown authFail "${value}"; tokens are handed out. Choose: ${AUTH_FAILS.join(", ")}.`);
  return null;
}

/** The query that reproduces these options; defaults of the optional parameters are left out. */
export function hostQuery(options: HostOptions): URLSearchParams {
  const query = new URLSearchParams({
    view: options.view,
    user: options.user,
    theme: options.theme,
    scope: options.scope,
  });
  if (options.subEntityId) query.set("subEntityId", options.subEntityId);
  if (options.locale !== DEFAULT_LOCALE) query.set("locale", options.locale);
  if (options.app && options.app !== DEFAULT_APP) query.set("app", options.app);
  if (!options.stageSharing) query.set("stageSharing", "0");
  if (options.authFail) query.set("authFail", options.authFail);
  if (options.liveShare !== "default") query.set("liveShare", String(options.liveShare));
  return query;
}

/**
 * The meeting stage as the other participants see it: Teams loads the shared URL in the
 * meetingStage frame context, for the same user, scope and theme.
 */
export function stageViewOptions(options: HostOptions, sharedPath: string): HostOptions {
  return { ...options, view: "meetingStage", subEntityId: undefined, app: sharedPath };
}

export const meetingIdFor = (scope: string) => `dev-meeting-${scope.replace(/[^A-Za-z0-9]/g, "-")}`;

export interface DevIdentity {
  oid: string;
  tid: string;
  name: string;
}

/**
 * The flat context of the `getContext` reply (teams-js's `Context`, which `app.getContext()` turns
 * into `app.Context`). The enum-typed fields are narrowed to the string values this host sends.
 */
export type LegacyContext = Omit<Context, "frameContext" | "hostClientType" | "hostName" | "channelType"> & {
  /** `authentication` in the window `authentication.authenticate` opens. */
  frameContext: View | "authentication";
  hostClientType: "web";
  hostName: "Teams";
  channelType?: "Regular";
};

const isMeetingView = (view: View) => view === "sidePanel" || view === "meetingStage";

/** Entity ids of the configured tab; `settings` has none yet because it is what configures the tab. */
const ENTITY_IDS: Record<View, string> = {
  sidePanel: "learning-loop",
  meetingStage: "learning-loop",
  content: HISTORY_ENTITY_ID,
  settings: "",
};

/**
 * The context Teams would give this frame. `team:X` is a channel (and its channel meeting);
 * `chat:Y` is a meeting chat. `identity` is null when the dev token could not be fetched: the app
 * then sees no user ids rather than a context that never arrives.
 */
export function buildLegacyContext(
  options: HostOptions,
  identity: DevIdentity | null,
  sessionId: string,
): LegacyContext {
  const upn = `${options.user}@example.test`;
  const personal = options.scope === PERSONAL_SCOPE;
  const context: LegacyContext = {
    entityId: personal ? LESSONS_ENTITY_ID : ENTITY_IDS[options.view],
    subEntityId: options.subEntityId,
    locale: options.locale,
    theme: options.theme,
    frameContext: personal ? "content" : options.view,
    hostClientType: "web",
    hostName: "Teams",
    appSessionId: sessionId,
    sessionId,
    isFullScreen: false,
    isMultiWindow: false,
    userPrincipalName: upn,
    loginHint: upn,
    userObjectId: identity?.oid,
    tid: identity?.tid,
    userDisplayName: identity?.name,
  };
  // A static tab of the personal scope: no team, channel, chat or meeting ids at all.
  if (personal) return context;
  const separator = options.scope.indexOf(":");
  const kind = options.scope.slice(0, separator);
  const id = options.scope.slice(separator + 1);
  if (kind === "team") {
    context.groupId = id;
    context.teamId = `19:${id}@thread.tacv2`;
    context.teamName = id;
    context.channelId = `19:${id}-general@thread.tacv2`;
    context.channelName = "General";
    context.channelType = "Regular";
    if (isMeetingView(options.view)) {
      context.meetingId = meetingIdFor(options.scope);
      context.chatId = `19:${id}-standup@thread.v2`;
    }
  } else {
    context.chatId = id;
    if (isMeetingView(options.view)) context.meetingId = meetingIdFor(options.scope);
  }
  return context;
}

/**
 * The runtime config of the `initialize` reply. teams-js 2.58 gates pages.config and teamsCore on
 * it; it does not look at `meeting`, `authentication` or `app` (without `app.notifySuccessResponse`
 * it sends `appInitialization.success` without waiting for an answer), which are listed so that an
 * app inspecting the runtime sees what this host answers.
 */
export function buildRuntimeConfig(options: HostOptions, liveShare = false) {
  return {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isLegacyTeams: false,
    supports: {
      app: {},
      authentication: {},
      meeting: options.stageSharing ? { appShareButton: {} } : {},
      pages: { config: {} },
      teamsCore: {},
      // Live Share (LiveShareHost in teams-js) needs the host's "interactive" capability.
      ...(liveShare ? { interactive: {} } : {}),
    },
  };
}
