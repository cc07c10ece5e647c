import { app } from "@microsoft/teams-js";
import { setPageMeeting } from "../api/page-meeting";

export type TeamsTheme = "default" | "dark" | "contrast";
export type Page = "sidePanel" | "meetingStage" | "content" | "settings";

/** What the app takes from the Teams context. It is a hint for the UI only: the API checks everything itself. */
export interface TeamsInfo {
  page: Page;
  /**
   * Null without a team or chat: a `content` page then is the personal app, the static tab
   * "Learning from other teams" (App.tsx PageFor, history/History.tsx).
   */
  scope: string | null;
  meetingId: string | null;
  theme: TeamsTheme;
  locale: string;
  subEntityId: string | null;
  /** The signed-in person's display name, when the host gives one: a default for forms, never an identity. */
  userName: string | null;
}

const PAGES: Record<string, Page> = {
  sidePanel: "sidePanel",
  meetingStage: "meetingStage",
  content: "content",
  settings: "settings",
};

export const toTheme = (theme: string | undefined): TeamsTheme =>
  theme === "dark" || theme === "contrast" ? theme : "default";

/**
 * The team is the scope of channel tabs and channel meetings; the chat is the scope of private and
 * recurring meetings (docs/architecture.md §3).
 */
export function toTeamsInfo(context: app.Context): TeamsInfo {
  const groupId = context.team?.groupId;
  const chatId = context.chat?.id;
  return {
    page: PAGES[context.page.frameContext ?? ""] ?? "content",
    scope: groupId ? `team:${groupId}` : chatId ? `chat:${chatId}` : null,
    meetingId: context.meeting?.id ?? null,
    theme: toTheme(context.app.theme),
    locale: context.app.locale || "en-US",
    subEntityId: context.page.subPageId || null,
    userName: context.user?.displayName || null,
  };
}

export const isMeetingPage = (page: Page) => page === "sidePanel" || page === "meetingStage";

/** True when the page is not inside any host frame, where teams-js cannot work at all. */
export const isTopLevel = () => window.parent === window && !window.opener;

let initialized: Promise<void> | undefined;
let connection: Promise<TeamsInfo> | undefined;

/** `app.initialize()`, once per page load. */
export function initializeTeams(): Promise<void> {
  initialized ??= app.initialize();
  return initialized;
}

/**
 * Initializes teams-js once per page load. The promise lives at module level so that StrictMode's
 * double effects, app caching and every hook share one `initialize` / `getContext` round trip.
 */
export function connectToTeams(): Promise<TeamsInfo> {
  connection ??= initializeTeams().then(async () => {
    const info = toTeamsInfo(await app.getContext());
    // In a meeting's side panel or on its stage, API calls name the meeting (api-client.ts).
    setPageMeeting(isMeetingPage(info.page) ? info.meetingId : null);
    return info;
  });
  return connection;
}

let notified = false;

/** Tells Teams the app is ready: called once the shell has rendered, before any API call returns. */
export function notifyShellRendered() {
  if (notified) return;
  notified = true;
  app.notifySuccess();
}

/** Tells Teams why the app cannot start, so it can stop its loading indicator and say so. */
export function notifyFatal(message: string) {
  if (notified) return;
  notified = true;
  try {
    app.notifyFailure({ reason: app.FailedReason.Other, message });
  } catch {
    // Initialization itself failed, so there is no host to tell.
  }
}
