import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { callApi, isStatus, scopePath } from "../api/api-client";
import { ProblemState } from "../auth/ProblemState";
import { t } from "../i18n/i18n";
import { copyText } from "../history/copy-text";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  secret: { width: "100%", maxWidth: "560px" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

/** The rotate response: the new secret, shown once. Read defensively: the route is newer than this page. */
function secretOf(data: unknown): string | null {
  if (typeof data !== "object" || data === null) return null;
  const secret = (data as { secret?: unknown }).secret;
  return typeof secret === "string" && secret ? secret : null;
}

type State =
  | { state: "idle" }
  | { state: "confirming" }
  | { state: "rotating" }
  | { state: "shown"; secret: string; copied: boolean | null }
  | { state: "unsupported" }
  | { state: "failed"; error: unknown };

/**
 * The after-action webhook's secret (owners only). The server keeps only what it needs to verify
 * signatures and returns the secret once, when it is made, so the page shows it once and never
 * again; making a new one stops the old one from working, hence the confirmation. A server without
 * the route answers 404, which the page explains rather than showing as an error.
 */
export function WebhookSecret({ scope }: { scope: string }) {
  const styles = useStyles();
  const [state, setState] = useState<State>({ state: "idle" });

  async function rotate() {
    setState({ state: "rotating" });
    try {
      const { data } = await callApi<unknown>(`${scopePath(scope)}/event-secret`, {
        method: "POST",
        body: {},
      });
      const secret = secretOf(data);
      setState(
        secret
          ? { state: "shown", secret, copied: null }
          : { state: "failed", error: new Error(t("config.webhook.noSecret")) },
      );
    } catch (error) {
      setState(
        isStatus(error, 404) || isStatus(error, 405) ? { state: "unsupported" } : { state: "failed", error },
      );
    }
  }

  return (
    <section className={styles.section} aria-labelledby="webhook-heading">
      <h2 id="webhook-heading" className={styles.heading}>
        {t("config.webhook.title")}
      </h2>
      <Text>{t("config.webhook.explain")}</Text>
      {state.state === "shown" ? (
        <>
          <MessageBar intent="warning">
            <MessageBarBody>{t("config.webhook.once")}</MessageBarBody>
          </MessageBar>
          <div className={styles.row}>
            <Field className={styles.secret} label={t("config.webhook.secret")}>
              <Input readOnly value={state.secret} onFocus={(event) => event.currentTarget.select()} />
            </Field>
          </div>
          <div className={styles.row}>
            <Button
              onClick={() => void copyText(state.secret).then((copied) => setState({ ...state, copied }))}
            >
              {t("config.webhook.copy")}
            </Button>
            <Button appearance="subtle" onClick={() => setState({ state: "idle" })}>
              {t("config.webhook.hide")}
            </Button>
            <Text role="status">
              {state.copied === true
                ? t("config.webhook.copied")
                : state.copied === false
                  ? t("config.webhook.copyFailed")
                  : ""}
            </Text>
          </div>
        </>
      ) : state.state === "confirming" ? (
        <>
          <Text weight="semibold">{t("config.webhook.confirm")}</Text>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void rotate()}>
              {t("config.webhook.confirmButton")}
            </Button>
            <Button onClick={() => setState({ state: "idle" })}>{t("config.cancel")}</Button>
          </div>
        </>
      ) : (
        <>
          {state.state === "unsupported" && (
            <MessageBar intent="info">
              <MessageBarBody>{t("config.webhook.unsupported")}</MessageBarBody>
            </MessageBar>
          )}
          {state.state === "failed" && <ProblemState error={state.error} />}
          <Button disabled={state.state === "rotating"} onClick={() => setState({ state: "confirming" })}>
            {state.state === "rotating" ? t("config.webhook.rotating") : t("config.webhook.rotate")}
          </Button>
        </>
      )}
    </section>
  );
}
