import type { PromptView, PromptsResponse, RevealMode, RoundView } from "@learning-loop/contract";
import { Button } from "@fluentui/react-components";
import { useState } from "react";
import type { ReactNode } from "react";
import { callApi, scopePath } from "../api/api-client";
import { PromptPicker } from "./lazy-parts";
import { Part } from "./Part";
import { Problem } from "./Problem";
import { t } from "../i18n/i18n";
import { REVEAL_MODES } from "./limits";
import { useCardStyles } from "./LiveRoundCard";
import { Caption, FormField, Loading, NativeSelect, useReturnFocus } from "./ui";

/** A library or team prompt, or one the facilitator wrote in for today only. */
export type PromptChoice = { prompt: PromptView } | { writeIn: string };

const choiceText = (choice: PromptChoice) => ("prompt" in choice ? choice.prompt.text : choice.writeIn);

/** Before a round: today's prompt (or the facilitator's pick), how answers show, and the start button. */
export function PromptCard({
  scope,
  meetingId,
  prompts,
  defaultRevealMode,
  onStarted,
  onPromptAdded,
  children,
}: {
  scope: string;
  meetingId: string | null;
  prompts: PromptsResponse | null;
  defaultRevealMode: RevealMode | undefined;
  onStarted(round: RoundView): void;
  onPromptAdded(): void;
  children?: ReactNode;
}) {
  const styles = useCardStyles();
  const [choice, setChoice] = useState<PromptChoice | null>(null);
  const [revealChoice, setRevealChoice] = useState<RevealMode | null>(null);
  const [picking, setPicking] = useState(false);
  // The picker stays mounted once loaded, so it can close (and give focus back) the way Fluent expects.
  const [pickerLoaded, setPickerLoaded] = useState(false);
  const returnFocus = useReturnFocus();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const current: PromptChoice | null = choice ?? (prompts ? { prompt: prompts.today } : null);
  const revealMode = revealChoice ?? defaultRevealMode ?? "live";
  const kindLabel =
    current && "prompt" in current
      ? current.prompt.kind
        ? t(`kind.${current.prompt.kind}`)
        : t("kind.team")
      : current
        ? t("kind.writeIn")
        : null;
  const hint = current && "prompt" in current ? current.prompt.hint : null;

  const start = async () => {
    if (!current) return;
    setBusy(true);
    setProblem(null);
    try {
      const result = await callApi<RoundView>(`${scopePath(scope)}/rounds`, {
        method: "POST",
        body: {
          id: crypto.randomUUID(),
          ...("prompt" in current ? { promptId: current.prompt.id } : { promptText: current.writeIn }),
          ...(meetingId ? { meetingId } : {}),
          revealMode,
        },
      });
      if (result.data) onStarted(result.data);
    } catch (failure) {
      setProblem(failure);
    } finally {
      setBusy(false);
    }
  };

  if (!current) {
    return (
      <section className={styles.card} aria-label={t("prompt.today")}>
        <Loading label={t("prompt.loadingPrompts")} />
        {children}
      </section>
    );
  }
  return (
    <section className={styles.card} aria-labelledby="prompt-today">
      <Caption>
        {choice ? t("prompt.chosen") : t("prompt.today")}
        {kindLabel ? ` · ${kindLabel}` : ""}
      </Caption>
      <h1 id="prompt-today" className={styles.prompt}>
        {choiceText(current)}
      </h1>
      {hint && (
        <p className={styles.muted}>
          <strong>{t("prompt.hint")}:</strong> {hint}
        </p>
      )}
      <p className={styles.body}>{t("round.none")}</p>
      <FormField label={t("prompt.revealLabel")}>
        {(control) => (
          <NativeSelect
            {...control}
            value={revealMode}
            onChange={(event) => setRevealChoice(event.target.value as RevealMode)}
          >
            {REVEAL_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`reveal.${mode}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </FormField>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void start()}>
          {busy ? t("prompt.starting") : t("prompt.start")}
        </Button>
        <Button
          onClick={() => {
            returnFocus.remember();
            setPickerLoaded(true);
            setPicking(true);
          }}
        >
          {t("prompt.change")}
        </Button>
      </div>
      {Boolean(problem) && <Problem error={problem} />}
      {pickerLoaded && prompts && (
        <Part>
          <PromptPicker
            open={picking}
            scope={scope}
            prompts={prompts}
            selectedId={"prompt" in current ? current.prompt.id : null}
            onChoose={(next) => {
              setChoice(next);
              setPicking(false);
              returnFocus.restore();
            }}
            onPromptAdded={onPromptAdded}
            onClose={() => {
              setPicking(false);
              returnFocus.restore();
            }}
          />
        </Part>
      )}
      {children}
    </section>
  );
}
