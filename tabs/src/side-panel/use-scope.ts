import type {
  ExperimentView,
  ExperimentsResponse,
  PromptsResponse,
  ScopeView,
} from "@learning-loop/contract";
import { useCallback, useEffect, useRef, useState } from "react";
import { callApi, takeSettled } from "../api/api-client";
import { sidePanelPaths } from "./start-paths";
import { localizedPrompts } from "../i18n/localized-prompts";

export interface ScopeData {
  settings: ScopeView | null;
  prompts: PromptsResponse | null;
  error: unknown;
  /** Loads again after a failure or after the team added a prompt. */
  reload(): void;
}

/** The scope's settings (reveal-mode and anonymity defaults) and its prompts, read once per panel. */
export function useScopeData(scope: string): ScopeData {
  // Settings and prompts as the page's prefetch already has them: the first screen draws with them.
  const [early] = useState(() => earlyScopeData(scope));
  const [settings, setSettings] = useState<ScopeView | null>(early?.settings ?? null);
  const [prompts, setPrompts] = useState<PromptsResponse | null>(early?.prompts ?? null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const startedWith = useRef(early);

  useEffect(() => {
    // What the page started with is fresh: no need to ask again until a reload.
    if (startedWith.current) {
      startedWith.current = undefined;
      return;
    }
    let live = true;
    const paths = sidePanelPaths(scope, null);
    Promise.all([callApi<ScopeView>(paths.settings), callApi<PromptsResponse>(paths.prompts)]).then(
      ([scopeResult, promptsResult]) => {
        if (!live) return;
        setSettings(scopeResult.data);
        setPrompts(localizedPrompts(promptsResult.data));
        setError(null);
      },
      (failure: unknown) => {
        if (live) setError(failure);
      },
    );
    return () => {
      live = false;
    };
  }, [scope, attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);

  // Loading failed while the connection was down: try again as soon as it is back.
  useEffect(() => {
    if (!error) return;
    window.addEventListener("online", reload);
    return () => window.removeEventListener("online", reload);
  }, [error, reload]);

  return { settings, prompts, error, reload };
}

/** Both answers of the side panel's prefetch (start-paths.ts), if both are in and fine; else the hook asks. */
function earlyScopeData(scope: string): { settings: ScopeView; prompts: PromptsResponse } | undefined {
  const paths = sidePanelPaths(scope, null);
  const settings = takeSettled<ScopeView>(paths.settings);
  const prompts = takeSettled<PromptsResponse>(paths.prompts);
  if (!settings || !prompts || !("value" in settings) || !("value" in prompts)) return undefined;
  return { settings: settings.value.data, prompts: localizedPrompts(prompts.value.data) };
}

export interface CheckBacks {
  items: ExperimentView[];
  error: unknown;
  reload(): void;
  /** Shows an experiment as the API now has it (or drops it once it is no longer due). */
  replace(experiment: ExperimentView): void;
}

/**
 * Experiments whose check-back has come: the loop brings them back to the stand-up. Asked for once
 * `ready` (the round has loaded), so the first screen does not wait behind them.
 */
export function useCheckBacks(scope: string, ready: boolean): CheckBacks {
  const [items, setItems] = useState<ExperimentView[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!ready) return;
    let live = true;
    callApi<ExperimentsResponse>(sidePanelPaths(scope, null).dueExperiments).then(
      (result) => {
        if (!live) return;
        setItems(result.data.items);
        setError(null);
      },
      (failure: unknown) => {
        if (live) setError(failure);
      },
    );
    return () => {
      live = false;
    };
  }, [scope, attempt, ready]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  const replace = useCallback((experiment: ExperimentView) => {
    setItems((current) => current.map((item) => (item.id === experiment.id ? experiment : item)));
  }, []);
  return { items, error, reload, replace };
}
