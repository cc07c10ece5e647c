import type { AnswerView, ExperimentView } from "@learning-loop/contract";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import type { FormEvent } from "react";
import { callApi, scopePath } from "../api/api-client";
import { ProblemState } from "../auth/ProblemState";
import RelatedHistory from "../memory/RelatedHistory";
import { formatDate, t } from "../i18n/i18n";
import { OwnerPicker } from "../owners/OwnerPicker";
import type { OwnerValue } from "../owners/OwnerPicker";
import { EXPERIMENT_TEXT_LIMIT, codePoints } from "./limits";

/** The AI partner's "Make it testable": its own chunk, loaded only when the dialog opens (docs/ai.md). */
const MakeTestable = lazy(() => import("../ai/MakeTestable"));

const useStyles = makeStyles({
  surface: {
    maxWidth: "min(480px, calc(100vw - 16px))",
    padding: tokens.spacingHorizontalL,
    boxSizing: "border-box",
  },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** A local calendar date `days` from today, as the API's date format. */
export function localDate(days: number, now = new Date()): string {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first `max` characters (code points) of a text, for a prefilled field with a limit. */
const clip = (text: string, max: number) => [...text.trim()].slice(0, max).join("");

/** Loaded on demand: turns an answer into an experiment with an owner and a check-back. */
export default function NewExperimentDialog({
  open,
  scope,
  answer,
  userName,
  onClose,
  onCreated,
}: {
  open: boolean;
  scope: string;
  answer: AnswerView;
  userName: string | null;
  onClose(): void;
  onCreated(experiment: ExperimentView, message: string): void;
}) {
  const styles = useStyles();
  const [text, setText] = useState(() => clip(answer.text, EXPERIMENT_TEXT_LIMIT));
  // From an anonymous answer nobody is named by default: the person writing it down may be its author.
  const anonymousSource = answer.anonymous;
  const [owner, setOwner] = useState<OwnerValue>({
    oid: null,
    name: anonymousSource ? "" : (userName ?? ""),
  });
  const namesSelf =
    anonymousSource &&
    answer.mine &&
    userName !== null &&
    owner.name.trim().toLocaleLowerCase() === userName.trim().toLocaleLowerCase();
  const [when, setWhen] = useState<"next" | "date">("next");
  const [date, setDate] = useState(() => localDate(1));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  // What the fields held before an AI suggestion filled them, for "Undo".
  const [beforeAi, setBeforeAi] = useState<{ text: string; when: "next" | "date"; date: string } | null>(
    null,
  );
  const length = codePoints(text.trim());
  const valid = text.trim() !== "" && length <= EXPERIMENT_TEXT_LIMIT && (when === "next" || date !== "");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    setBusy(true);
    setProblem(null);
    const ownerName = owner.name.trim();
    try {
      const result = await callApi<ExperimentView>(`${scopePath(scope)}/experiments`, {
        method: "POST",
        body: {
          id: crypto.randomUUID(),
          text: text.trim(),
          // A person picked from the team: their oid, so the check-back reaches them. Named, anonymous
          // source: exactly as typed (the API names nobody otherwise). Named source, left as it was
          // (the person's own name) or empty: the API makes the creator the owner.
          ...(owner.oid
            ? { owner: { oid: owner.oid, name: ownerName } }
            : ownerName && (anonymousSource || ownerName !== userName)
              ? { owner: ownerName }
              : {}),
          checkBackAt: when === "next" ? "next-standup" : date,
          sourceAnswerId: answer.id,
          roundId: answer.roundId,
        },
      });
      const whenText =
        when === "next" ? t("experiment.whenNext") : t("experiment.whenDate", { date: formatDate(date) });
      if (result.data) onCreated(result.data, t("experiment.created", { when: whenText }));
    } catch (failure) {
      setProblem(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_event, data) => data.open || onClose()}>
      <DialogSurface className={styles.surface}>
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{t("experiment.title")}</DialogTitle>
            <DialogContent className={styles.content}>
              <Field
                label={t("experiment.text")}
                required
                hint={t("composer.count", { count: length, max: EXPERIMENT_TEXT_LIMIT })}
                validationState={length > EXPERIMENT_TEXT_LIMIT ? "error" : "none"}
              >
                <Textarea value={text} onChange={(_event, data) => setText(data.value)} resize="vertical" />
              </Field>
              <Suspense fallback={null}>
                <MakeTestable
                  scope={scope}
                  text={text}
                  onFill={(fill) => {
                    setBeforeAi((before) => before ?? { text, when, date });
                    setText(clip(fill.text, EXPERIMENT_TEXT_LIMIT));
                    setWhen("date");
                    setDate(fill.checkBackAt);
                  }}
                  onUndo={() => {
                    if (beforeAi) {
                      setText(beforeAi.text);
                      setWhen(beforeAi.when);
                      setDate(beforeAi.date);
                    }
                    setBeforeAi(null);
                  }}
                />
              </Suspense>
              {anonymousSource && <Text>{t("experiment.anonymousSource")}</Text>}
              <OwnerPicker
                scope={scope}
                value={owner}
                onChange={setOwner}
                label={t("experiment.owner")}
                hint={anonymousSource ? t("experiment.ownerHintAnonymous") : t("experiment.ownerHint")}
                warning={namesSelf ? t("experiment.revealsYou") : undefined}
              />
              <Field label={t("experiment.checkBack")}>
                <RadioGroup
                  value={when}
                  onChange={(_event, data) => setWhen(data.value === "date" ? "date" : "next")}
                >
                  <Radio value="next" label={t("experiment.nextStandup")} />
                  <Radio value="date" label={t("experiment.onDate")} />
                </RadioGroup>
              </Field>
              {when === "date" && (
                <Field label={t("experiment.date")} required>
                  <Input
                    type="date"
                    value={date}
                    min={localDate(0)}
                    onChange={(_event, data) => setDate(data.value)}
                  />
                </Field>
              )}
              <RelatedHistory scope={scope} text={text} kind="experiment" />
              {Boolean(problem) && <ProblemState error={problem} />}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={busy || !valid}>
                {busy ? t("experiment.creating") : t("experiment.create")}
              </Button>
              <Button onClick={onClose}>{t("experiment.cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
