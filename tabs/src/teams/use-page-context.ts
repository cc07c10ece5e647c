import { app } from "@microsoft/teams-js";
import { useEffect, useState } from "react";

/** What the history page reads from the Teams context beyond the scope: hints for the UI only. */
export interface PageContext {
  /** The round a deep link points at (`page.subPageId`, the link's `subEntityId`). */
  subEntityId: string | null;
  /** The channel of a channel tab, so that a copied link opens this channel's tab. */
  channelId: string | null;
  locale: string;
  /** "web", "desktop", "android", "ios", ...: mobile clients cannot save downloads from a tab. */
  clientType: string | null;
}

/**
 * The page's Teams context. teams-js is initialized before any page renders, so this is one
 * `getContext` round trip to the host; until it answers, the page waits (`null`).
 */
export function usePageContext(): PageContext | null {
  const [context, setContext] = useState<PageContext | null>(null);
  useEffect(() => {
    let live = true;
    app.getContext().then(
      (teams) => {
        if (!live) return;
        setContext({
          subEntityId: teams.page.subPageId || null,
          channelId: teams.channel?.id ?? null,
          locale: teams.app.locale || "en-US",
          clientType: teams.app.host.clientType ? String(teams.app.host.clientType) : null,
        });
      },
      () => {
        if (live) setContext({ subEntityId: null, channelId: null, locale: "en-US", clientType: null });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return context;
}
