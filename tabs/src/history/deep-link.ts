/** The tab's entity id, as the configuration page saves it with `pages.config.setConfig`. */
export const HISTORY_ENTITY_ID = "learning-loop-history";

/**
 * The Teams deep link to one round of the history tab. Teams opens the tab and hands the round id
 * back as `page.subPageId` (`subEntityId`); for a channel tab, `channelId` tells Teams which
 * channel's tab to open. Returns null without the app's Teams id, which only the build knows.
 */
export function roundDeepLink(
  appId: string | undefined,
  roundId: string,
  channelId: string | null = null,
): string | null {
  if (!appId) return null;
  const context = channelId ? { subEntityId: roundId, channelId } : { subEntityId: roundId };
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${HISTORY_ENTITY_ID}?context=${encodeURIComponent(JSON.stringify(context))}`;
}
