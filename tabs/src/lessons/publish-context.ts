import { createContext, useContext } from "react";

/**
 * What the history tab knows for "Share with other teams": its scope, whether the person owns it,
 * their oid (from their token, for the UI only: the API checks who may publish) and the scope's
 * lesson settings. Null outside the history tab, where nothing offers sharing.
 */
export interface LessonPublishing {
  scope: string;
  owner: boolean;
  oid: string | null;
  /** The scope's owners allow publishing (`lessons.publishing`). */
  publishing: boolean;
  /** The scope's owners hide its name on all its lessons (`lessons.hideTeam`). */
  hideTeam: boolean;
  announce(message: string): void;
}

export const LessonPublishingContext = createContext<LessonPublishing | null>(null);

export const useLessonPublishing = () => useContext(LessonPublishingContext);
