import type { LearningMode, RoundView } from "@learning-loop/contract";
import { Button, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { FormEvent } from "react";
import { t } from "../i18n/i18n";
import { anonymityWarnings } from "./anonymity-warnings";
import { appOutbox } from "../outbox/app-outbox";
import { ANSWER_LIMIT, LEARNING_MODES, composerCount } from "./limits";
import { FormField, SwitchField } from "./ui";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  modes: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    border: "none",
    margin: 0,
    padding: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  guard: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontSize: tokens.fontSizeBase200,
  },
});

const draftKey = (round: RoundView) => `learning-loop:draft:${round.scope}:${round.id}`;

function readDraft(key: string): string {
  try {
    return localStorage.getItem(key) ?? "";
  } catch {
    return "";
  }
}

function writeDraft(key: string, text: string) {
  try {
    if (text) localStorage.setItem(key, text);
    else localStorage.removeItem(key);
  } catch {
    // Storage may be off (private mode); the draft then lives as long as the panel.
  }
}

/**
 * Writing an answer. Sharing hands it to the outbox, which keeps it in IndexedDB before the first
 * attempt, so an answer typed offline or during an outage is never lost. The draft itself is kept
 * too, in case the panel reloads before it is shared. Render it with `key={round.id}`.
 */
export function Composer({
  round,
  anonymousDefault,
  smallGroup,
}: {
  round: RoundView;
  anonymousDefault: boolean | undefined;
  /** The scope has fewer than three members (ScopeView.smallGroup). */
  smallGroup: boolean | undefined;
}) {
  const styles = useStyles();
  const key = draftKey(round);
  const [text, setText] = useState(() => readDraft(key));
  const [mode, setMode] = useState<LearningMode | null>(null);
  const [anonymousChoice, setAnonymousChoice] = useState<boolean | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const anonymous = anonymousChoice ?? anonymousDefault ?? false;
  const { count, over } = composerCount(text);
  const hintId = useId();
  const guardId = useId();
  const modesId = useId();
  const warnings = anonymous ? anonymityWarnings(round, smallGroup ?? false) : [];

  useEffect(() => {
    const timer = setTimeout(() => writeDraft(key, text), 300);
    return () => clearTimeout(timer);
  }, [key, text]);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const answer = text.trim();
    if (!answer || over > 0 || submitting) return;
    setSubmitting(true);
    setFailure(null);
    try {
      // The text leaves the box only once the outbox holds it.
      const outbox = await Promise.race([
        appOutbox(),
        new Promise<never>((_resolve, reject) =>
          setTimeout(() => reject(new Error("outbox timeout")), 10_000),
        ),
      ]);
      await outbox.submit({
        id: crypto.randomUUID(),
        scope: round.scope,
        roundId: round.id,
        text: answer,
        mode,
        anonymous,
      });
      setText("");
      writeDraft(key, "");
      setMode(null);
    } catch {
      setFailure(t("composer.notKept"));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label={t("composer.label")}>
      <FormField
        label={t("composer.label")}
        hint={`${t("composer.count", { count, max: ANSWER_LIMIT })} ${t("composer.shortcut")}`}
        error={over > 0 ? t("composer.tooLong", { count: over }) : failure}
      >
        {(control) => (
          <Textarea
            {...control}
            value={text}
            placeholder={t("composer.placeholder")}
            onChange={(_event, data) => setText(data.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                void submit();
              }
            }}
            resize="vertical"
            rows={3}
          />
        )}
      </FormField>
      <div role="group" aria-labelledby={modesId}>
        <div id={modesId} className={styles.legend}>
          {t("composer.modes")}
        </div>
        <div className={styles.modes}>
          {LEARNING_MODES.map((candidate) => (
            <Button
              key={candidate}
              size="small"
              shape="circular"
              appearance={mode === candidate ? "primary" : "secondary"}
              aria-pressed={mode === candidate}
              onClick={() => setMode(mode === candidate ? null : candidate)}
            >
              {t(`kind.${candidate}`)}
            </Button>
          ))}
        </div>
      </div>
      <div>
        <SwitchField
          checked={anonymous}
          onChange={setAnonymousChoice}
          label={t("composer.anonymous")}
          describedBy={warnings.length > 0 ? `${hintId} ${guardId}` : hintId}
        />
        <div id={hintId} className={styles.hint}>
          {t("composer.anonymousHint")}
        </div>
        {warnings.length > 0 && (
          <ul id={guardId} className={styles.guard} aria-label={t("composer.guardLabel")}>
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
      </div>
      <div className={styles.row}>
        <Button
          type="submit"
          appearance="primary"
          disabled={!text.trim() || over > 0}
          aria-describedby={warnings.length > 0 ? guardId : undefined}
        >
          {t("composer.share")}
        </Button>
      </div>
    </form>
  );
}
