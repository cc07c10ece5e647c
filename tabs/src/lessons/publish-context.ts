import type { LessonSourceKind } from "@learning-loop/contract";
import { createContext, useContext } from "react";

/** An answer or experiment someone is about to share with other teams. */
export interface ShareItem {
  kind: LessonSourceKind;
  sourceId: string;
  text: string;
  /** Only the author of a named answer, or an experiment's owner, may show their name. */
  canShowName: boolean;
  /** An anonymous answer: the lesson stays anonymous. */
  anonymous: boolean;
}

/** What the history tab knows for "Share with other teams" (the API checks who may publish). */
export interface LessonPublishingState {
  scope: string;
  owner: boolean;
  /** The person's oid from their token, for the UI only: which experiments they own. */
  oid: string | null;
  /** The scope's owners allow publishing (`lessons.publishing`). */
  publishing: boolean;
  /** The scope's owners hide its name on all its lessons (`lessons.hideTeam`). */
  hideTeam: boolean;
}

export interface LessonPublishing extends LessonPublishingState {
  /** Opens the share dialog, which lives above the timeline's cards (they come and go as it scrolls). */
  share(item: ShareItem): void;
}

/** Null outside the history tab, where nothing offers sharing. */
export const LessonPublishingContext = createContext<LessonPublishing | null>(null);

export const useLessonPublishing = () => useContext(LessonPublishingContext);
