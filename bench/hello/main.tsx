/**
 * The baseline of docs/architecture.md §7: the smallest Teams tab that does what every side panel must do
 * (React, the Fluent provider with the Teams theme, a button, a text area and teams-js
 * `app.initialize`), built by the tabs' own Vite config. Its button is enabled once the host has
 * answered `initialize`, because a Teams tab can do nothing useful before that.
 */
import { Button, Field, FluentProvider, Textarea, teamsLightTheme } from "@fluentui/react-components";
import { app } from "@microsoft/teams-js";
import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";

function Hello() {
  const [ready, setReady] = useState(false);
  const [text, setText] = useState("");
  useEffect(() => {
    app.initialize().then(
      () => setReady(true),
      () => setReady(false),
    );
  }, []);
  return (
    <main style={{ display: "flex", flexDirection: "column", gap: 12, padding: 12 }}>
      <Field label="Your note">
        <Textarea value={text} onChange={(_event, data) => setText(data.value)} />
      </Field>
      <Button appearance="primary" disabled={!ready} onClick={() => setText("Hello")}>
        Say hello
      </Button>
    </main>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <FluentProvider theme={teamsLightTheme}>
      <Hello />
    </FluentProvider>
  </StrictMode>,
);
