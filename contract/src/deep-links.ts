/** The configured tab's entity id, as the configuration page saves it with `pages.config.setConfig`. */
export const HISTORY_ENTITY_ID = "learning-loop-history";
/** The entity id of the personal app "Learning from other teams" (appPackage/manifest.json `staticTabs`). */
export const LESSONS_ENTITY_ID = "learning-loop-lessons";

/**
 * The Teams deep link to the history tab, opened at one round when `roundId` is given. Teams hands
 * the round id to the tab as `subEntityId` (`page.subPageId`); `channelId` says which channel's tab
 * to open. Null without the app's Teams id (the manifest's `id`), which the link cannot do without.
 */
export function historyDeepLink(
  teamsAppId: string | undefined,
  roundId: string | null,
  channelId: string | null = null,
): string | null {
  if (!teamsAppId) return null;
  const context: Record<string, string> = {};
  if (roundId) context.subEntityId = roundId;
  if (channelId) context.channelId = channelId;
  const query = Object.keys(context).length ? `?context=${encodeURIComponent(JSON.stringify(context))}` : "";
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${HISTORY_ENTITY_ID}${query}`;
}
