import type { ExperimentView } from "@learning-loop/contract";
import {
  Button,
  Caption1,
  Field,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { FormEvent } from "react";
import { callApi, isStatus, scopePath } from "../api/api-client";
import { Problem } from "./Problem";
import { formatDate, t } from "../i18n/i18n";
import { OUTCOME_LIMIT, codePoints } from "./limits";
import { outcomePatches } from "./round-logic";
import { useCardListStyles } from "../ui/card-list";

export const useCheckBackStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, margin: 0 },
  roomy: { gap: tokens.spacingVerticalXS },
  what: { fontWeight: tokens.fontWeightSemibold, margin: 0, fontSize: tokens.fontSizeBase300 },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Loaded when something is due: "last time we said we'd try X — what happened?" */
export default function CheckBacks({
  scope,
  items,
  replace,
  reload,
  announce,
}: {
  scope: string;
  items: ExperimentView[];
  replace(experiment: ExperimentView): void;
  reload(): void;
  announce(message: string): void;
}) {
  const styles = useCheckBackStyles();
  const cards = useCardListStyles();
  return (
    <section className={styles.section} aria-labelledby="check-backs">
      <h2 id="check-backs" className={styles.heading}>
        {t("checkBack.title")}
      </h2>
      <Text as="p" block className={styles.muted}>
        {t("checkBack.intro")}
      </Text>
      <ul className={cards.list} aria-labelledby="check-backs">
        {items.map((experiment) => (
          <CheckBack
            key={experiment.id}
            scope={scope}
            experiment={experiment}
            replace={replace}
            reload={reload}
            announce={announce}
          />
        ))}
      </ul>
    </section>
  );
}

function CheckBack({
  scope,
  experiment,
  replace,
  reload,
  announce,
}: {
  scope: string;
  experiment: ExperimentView;
  replace(experiment: ExperimentView): void;
  reload(): void;
  announce(message: string): void;
}) {
  const styles = useCheckBackStyles();
  const cards = useCardListStyles();
  const headingId = `experiment-${experiment.id}`;
  const closed = experiment.status === "done" || experiment.status === "dropped";
  return (
    <li className={mergeClasses(cards.item, cards.outlined, cards.filled, styles.roomy)}>
      <h3 id={headingId} className={styles.what}>
        {experiment.text}
      </h3>
      <Caption1 className={styles.muted}>
        {experiment.owner ? t("checkBack.owner", { name: experiment.owner.name }) : t("checkBack.noOwner")}
        {" · "}
        {experiment.checkBackAt === "next-standup" || !experiment.checkBackAt
          ? t("checkBack.dueNext")
          : t("checkBack.due", { date: formatDate(experiment.checkBackAt) })}
      </Caption1>
      {closed ? (
        <Text>{experiment.status === "done" ? t("checkBack.done") : t("checkBack.dropped")}</Text>
      ) : (
        <OutcomeForm
          scope={scope}
          experiment={experiment}
          labelledBy={headingId}
          replace={replace}
          reload={reload}
          announce={announce}
        />
      )}
    </li>
  );
}

/**
 * "What happened?" for an open experiment: saving the outcome closes it as done (through
 * "running" when it was still planned), "we dropped it" as dropped. Also "My experiments" uses it.
 */
export function OutcomeForm({
  scope,
  experiment,
  labelledBy,
  replace,
  reload,
  announce,
}: {
  scope: string;
  experiment: ExperimentView;
  /** The id of the heading that names the experiment. */
  labelledBy: string;
  replace(experiment: ExperimentView): void;
  reload(): void;
  announce(message: string): void;
}) {
  const styles = useCheckBackStyles();
  const [outcome, setOutcome] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const length = codePoints(outcome.trim());

  const record = async (result: "done" | "dropped") => {
    setBusy(true);
    setProblem(null);
    setNotice(null);
    let etag = experiment.etag;
    try {
      for (const patch of outcomePatches(experiment.status, outcome, result)) {
        const response = await callApi<ExperimentView>(
          `${scopePath(scope)}/experiments/${encodeURIComponent(experiment.id)}`,
          { method: "PATCH", body: patch, ifMatch: etag },
        );
        if (!response.data) break;
        etag = response.data.etag;
        replace(response.data);
      }
      announce(result === "done" ? t("checkBack.done") : t("checkBack.dropped"));
    } catch (failure) {
      if (isStatus(failure, 412)) {
        setNotice(t("checkBack.stale"));
        reload();
      } else setProblem(failure);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (outcome.trim() && length <= OUTCOME_LIMIT) void record("done");
  };

  return (
    <>
      <form onSubmit={submit} aria-labelledby={labelledBy}>
        <Field
          label={t("checkBack.outcome")}
          hint={t("composer.count", { count: length, max: OUTCOME_LIMIT })}
          validationState={length > OUTCOME_LIMIT ? "error" : "none"}
        >
          <Textarea value={outcome} onChange={(_event, data) => setOutcome(data.value)} resize="vertical" />
        </Field>
        <div className={styles.actions} style={{ marginTop: 8 }}>
          <Button
            type="submit"
            appearance="primary"
            disabled={busy || !outcome.trim() || length > OUTCOME_LIMIT}
          >
            {busy ? t("checkBack.saving") : t("checkBack.save")}
          </Button>
          <Button disabled={busy} onClick={() => void record("dropped")}>
            {t("checkBack.drop")}
          </Button>
        </div>
      </form>
      {notice && <Text role="status">{notice}</Text>}
      {Boolean(problem) && <Problem error={problem} />}
    </>
  );
}
