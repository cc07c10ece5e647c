import { HISTORY_ENTITY_ID } from "@learning-loop/contract";
import { pages } from "@microsoft/teams-js";
import { useEffect, useRef } from "react";
import { t } from "../i18n/i18n";

/**
 * Wires the page to Teams' tab configuration dialog. `beforeSave` runs when the person presses
 * Save in Teams (it stores the scope's settings, or throws to keep the dialog open with a reason);
 * then the tab itself is saved with `setConfig`. Validity is pushed to Teams whenever it changes,
 * so Teams' Save button is enabled exactly when saving can succeed.
 */
export function useTabConfig(valid: boolean, beforeSave: () => Promise<void>) {
  const save = useRef(beforeSave);
  save.current = beforeSave;

  useEffect(() => {
    pages.config.registerOnSaveHandler((saveEvent) => {
      const url = `${window.location.origin}/index.html`;
      save
        .current()
        .then(() =>
          pages.config.setConfig({
            contentUrl: url,
            websiteUrl: url,
            entityId: HISTORY_ENTITY_ID,
            suggestedDisplayName: t("app.title"),
          }),
        )
        .then(
          () => saveEvent.notifySuccess(),
          (error: unknown) => saveEvent.notifyFailure(error instanceof Error ? error.message : String(error)),
        );
    });
  }, []);

  useEffect(() => {
    pages.config.setValidityState(valid);
  }, [valid]);
}
