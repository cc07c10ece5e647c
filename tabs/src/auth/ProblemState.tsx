import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { useState } from "react";
import { t } from "../i18n/i18n";
import type { MessageKey } from "../i18n/english";
import { signInWithConsent } from "./consent";
import { describeProblem } from "./problem-kind";
import { problemText } from "./problem-text";
import type { ProblemKind } from "./problem-kind";

const COPY: Record<ProblemKind, { title: MessageKey; body?: MessageKey; intent: "error" | "warning" }> = {
  signIn: { title: "problem.signIn.title", body: "problem.signIn.body", intent: "warning" },
  noAccess: { title: "problem.noAccess.title", body: "problem.noAccess.body", intent: "error" },
  notOnboarded: { title: "problem.notOnboarded.title", body: "problem.notOnboarded.body", intent: "error" },
  unavailable: { title: "problem.unavailable.title", body: "problem.unavailable.body", intent: "error" },
  generic: { title: "problem.generic.title", intent: "error" },
};

/** Without a way to re-run what failed, a fresh load of the page is the retry. */
const reload = () => window.location.reload();

/**
 * Shows why something could not load, in words a person can act on: sign in (with a button that
 * runs the consent flow), no access to this team or chat, organization not onboarded, service
 * unavailable (with "Try again"), or what the API said. Every page renders failures through this
 * one component so that the messages stay consistent. `onRetry` re-runs what failed, and with it
 * every kind offers "Try again". Without it, only sign-in and an unavailable service (where nothing
 * on the page works) offer to go on, by reloading the page.
 */
export function ProblemState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const problem = describeProblem(error);
  const copy = COPY[problem.kind];
  const retry = onRetry ?? reload;
  return (
    <MessageBar intent={copy.intent} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t(copy.title)}</MessageBarTitle>
        <div>{copy.body ? t(copy.body) : problemText(error)}</div>
      </MessageBarBody>
      <MessageBarActions>
        {problem.kind === "signIn" && <SignInButton onSignedIn={retry} />}
        {(problem.kind === "unavailable" || (problem.kind !== "signIn" && onRetry)) && (
          <Button size="small" onClick={retry}>
            {t("problem.retry")}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}

function SignInButton({ onSignedIn }: { onSignedIn: () => void }) {
  const [state, setState] = useState<{ busy: boolean; failure: string | null }>({
    busy: false,
    failure: null,
  });
  const signIn = () => {
    setState({ busy: true, failure: null });
    signInWithConsent().then(
      () => {
        setState({ busy: false, failure: null });
        onSignedIn();
      },
      (failure: unknown) =>
        setState({ busy: false, failure: failure instanceof Error ? failure.message : String(failure) }),
    );
  };
  return (
    <>
      {state.failure !== null && (
        <span role="status">{t("problem.signIn.failed", { reason: state.failure })}</span>
      )}
      <Button
        size="small"
        appearance="primary"
        disabled={state.busy}
        icon={state.busy ? <Spinner size="tiny" /> : undefined}
        onClick={signIn}
      >
        {state.busy ? t("problem.signIn.busy") : t("problem.signIn.action")}
      </Button>
    </>
  );
}
