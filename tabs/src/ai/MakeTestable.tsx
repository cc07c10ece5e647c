import type { AiTestable } from "@learning-loop/contract";
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { callApi, scopePath } from "../api/api-client";
import { addMessages, t } from "../i18n/i18n";
import { aiFailureText } from "./ai-failure";
import { forgetAiStatus, useAiEnabled } from "./ai-status";
import { ai } from "./messages";

addMessages(ai);

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** What the dialog's fields get from a suggestion: the experiment's text and its check-back date. */
export interface TestableFill {
  text: string;
  checkBackAt: string;
}

type State =
  { kind: "idle" } | { kind: "loading" } | { kind: "failed"; message: string } | { kind: "filled" };

/**
 * (2) In the "We'll try this" dialog: "Make it testable (AI)" turns the idea into a hypothesis, the
 * signal to watch and a check-back date, and fills the dialog's own fields with them, where the
 * person changes whatever they like. It is labelled as AI, can be undone, and nothing is saved
 * until the person creates the experiment.
 */
export default function MakeTestable({
  scope,
  text,
  onFill,
  onUndo,
}: {
  scope: string;
  text: string;
  onFill(fill: TestableFill): void;
  onUndo(): void;
}) {
  const styles = useStyles();
  const enabled = useAiEnabled(scope);
  const [state, setState] = useState<State>({ kind: "idle" });
  if (!enabled) return null;

  const suggest = async () => {
    setState({ kind: "loading" });
    try {
      const { data } = await callApi<AiTestable>(`${scopePath(scope)}/ai/testable`, {
        method: "POST",
        body: { text: text.trim() },
      });
      onFill({
        text: `${data.hypothesis}\n${t("ai.testable.signal", { signal: data.signal })}`,
        checkBackAt: data.checkBackAt,
      });
      setState({ kind: "filled" });
    } catch (error) {
      setState({ kind: "failed", message: aiFailureText(error) });
    } finally {
      forgetAiStatus(scope);
    }
  };

  return (
    <div className={styles.box}>
      <div className={styles.row}>
        <Button onClick={suggest} disabled={state.kind === "loading" || !text.trim()}>
          {t("ai.testable.action")}
        </Button>
        {state.kind === "loading" && <Text role="status">{t("ai.testable.loading")}</Text>}
      </div>
      {state.kind === "failed" && <Text role="alert">{state.message}</Text>}
      {state.kind === "filled" && (
        <div className={styles.row} role="status">
          <Badge appearance="outline" color="brand">
            {t("ai.label")}
          </Badge>
          <Text size={200}>{t("ai.testable.filled")}</Text>
          <Button
            size="small"
            onClick={() => {
              onUndo();
              setState({ kind: "idle" });
            }}
          >
            {t("ai.testable.undo")}
          </Button>
        </div>
      )}
    </div>
  );
}
