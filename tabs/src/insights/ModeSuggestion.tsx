import type { InsightsResponse, PromptView, PromptsResponse, ScopeView } from "@learning-loop/contract";
import { Button, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { callApi, scopePath } from "../api/api-client";
import { ProblemState } from "../auth/ProblemState";
import { t } from "../i18n/i18n";
import { InsightCard, useInsightStyles } from "./insight-card";
import { SUGGESTED_PROMPT, rareMode } from "./mode-suggestion";
import { localizedPrompts } from "../i18n/localized-prompts";

interface Loaded {
  prompt: PromptView;
  scope: ScopeView;
}

/**
 * Turns an imbalance in the learning modes into a suggestion: a library prompt of the mode the team
 * rarely uses, and for owners (who alone change the scope's settings) one button that makes it the
 * prompt suggested for the next learning moment (`nextPrompt`). Members see the suggestion and who
 * can act on it.
 */
export function ModeSuggestion({
  scope,
  modes,
  percent,
}: {
  scope: string;
  modes: InsightsResponse["modes"];
  percent(value: number): string;
}) {
  const styles = useInsightStyles();
  const rare = rareMode(modes);
  const mode = rare?.mode;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);

  useEffect(() => {
    if (!mode) return;
    const controller = new AbortController();
    const { signal } = controller;
    Promise.all([
      callApi<PromptsResponse>(`${scopePath(scope)}/prompts?kind=${mode}`, { signal }),
      callApi<ScopeView>(scopePath(scope), { signal }),
    ]).then(
      ([prompts, settings]) => {
        const library = localizedPrompts(prompts.data).prompts.filter(
          (prompt) => prompt.source === "library",
        );
        const prompt = library.find((entry) => entry.id === SUGGESTED_PROMPT[mode]) ?? library[0];
        if (prompt) setLoaded({ prompt, scope: settings.data });
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [scope, mode]);

  if (!rare || !loaded) return null;
  const { prompt } = loaded;
  const chosen = loaded.scope.nextPrompt === prompt.id;

  const chooseForNext = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await callApi<ScopeView>(scopePath(scope), {
        method: "PUT",
        body: { nextPrompt: prompt.id },
        ifMatch: loaded.scope.etag,
      });
      setLoaded({ prompt, scope: result.data });
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <InsightCard title={t("insights.suggestion.title")} id="suggestion">
      <Text>
        {t("insights.suggestion.text", {
          mode: t(`insights.suggestion.mode.${rare.mode}`),
          prompt: prompt.text,
        })}
      </Text>
      <Text className={styles.note}>
        {t("insights.suggestion.why", { share: percent(rare.share), min: 10, rare: percent(0.1) })}
      </Text>
      {chosen ? (
        <Text role="status">{t("insights.suggestion.chosen")}</Text>
      ) : loaded.scope.role === "owner" ? (
        <div>
          <Button
            appearance="primary"
            disabled={busy}
            aria-label={t("insights.suggestion.useLabel", { prompt: prompt.text })}
            onClick={() => void chooseForNext()}
          >
            {t("insights.suggestion.use")}
          </Button>
        </div>
      ) : (
        <Text className={styles.note}>{t("insights.suggestion.ownersOnly")}</Text>
      )}
      {Boolean(problem) && <ProblemState error={problem} />}
    </InsightCard>
  );
}
