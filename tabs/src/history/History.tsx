import type { HistoryResponse, RoundView } from "@learning-loop/contract";
import {
  Button,
  Caption1,
  Card,
  MessageBar,
  Spinner,
  Text,
  Title2,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { callApi, scopePath } from "../api/api-client";
import { formatDateTime, t } from "../i18n/i18n";
import { AnswerList } from "../side-panel/AnswerList";

const useStyles = makeStyles({
  page: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

/** The channel tab: the team's learning moments, newest first. */
export function History({ scope }: { scope: string }) {
  const styles = useStyles();
  const [items, setItems] = useState<RoundView[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    async (after: string | null) => {
      setLoading(true);
      try {
        const query = new URLSearchParams({ limit: "20", ...(after ? { cursor: after } : {}) });
        const result = await callApi<HistoryResponse>(`${scopePath(scope)}/history?${query}`);
        if ("data" in result) {
          setItems((previous) => (after ? [...previous, ...result.data.items] : result.data.items));
          setCursor(result.data.nextCursor);
        }
        setError(null);
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
      } finally {
        setLoading(false);
      }
    },
    [scope],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  return (
    <main className={styles.page}>
      <Title2 as="h1">{t("history.title")}</Title2>
      {error && (
        <MessageBar intent="error" role="alert">
          {t("error.load", { message: error })}
        </MessageBar>
      )}
      {!loading && !error && items.length === 0 && <Text>{t("history.empty")}</Text>}
      <ul className={styles.list} aria-label={t("history.title")}>
        {items.map((round) => (
          <li key={round.id}>
            <Card aria-label={t("history.round", { prompt: round.promptText })}>
              <Title3 as="h2">{round.promptText}</Title3>
              <Caption1>
                {formatDateTime(round.startedAt)} · {t("round.answerCount", { count: round.answerCount })}
              </Caption1>
              <AnswerList round={round} headingLevel={3} />
            </Card>
          </li>
        ))}
      </ul>
      {loading && <Spinner label={t("common.loading")} />}
      {cursor && !loading && <Button onClick={() => void load(cursor)}>{t("history.more")}</Button>}
    </main>
  );
}
