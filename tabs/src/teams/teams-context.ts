import { app } from "@microsoft/teams-js";

export type TeamsTheme = "default" | "dark" | "contrast";
export type Page = "sidePanel" | "meetingStage" | "content" | "settings";

/** What the app takes from the Teams context. It is a hint for the UI only: the API checks everything itself. */
export interface TeamsInfo {
  page: Page;
  scope: string | null;
  meetingId: string | null;
  theme: TeamsTheme;
  locale: string;
  subEntityId: string | null;
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
 * recurring meetings (ARCHITECTURE §4).
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
  };
}

/** True when the page is not inside any host frame, where teams-js cannot work at all. */
export const isTopLevel = () => window.parent === window && !window.opener;

export async function connectToTeams(): Promise<TeamsInfo> {
  await app.initialize();
  const info = toTeamsInfo(await app.getContext());
  // The shell is ready to render: tell Teams now rather than after the first network call.
  app.notifySuccess();
  return info;
}
