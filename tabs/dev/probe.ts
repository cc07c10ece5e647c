import { app, authentication, meeting, pages } from "@microsoft/teams-js";
import { decodeJwtPayload } from "../src/auth/jwt-claims";

/**
 * A tiny app for the local Teams host page's tests: it uses the real teams-js, by named imports as
 * the product does, and prints what it receives.
 */

const FIELDS = {
  frameContext: "Frame context",
  userOid: "User oid",
  tenant: "Tenant",
  teamGroupId: "Team groupId",
  chatId: "Chat id",
  meetingId: "Meeting id",
  channelId: "Channel id",
  theme: "Theme",
  subEntityId: "Sub-entity id",
  locale: "Locale",
  host: "Host",
  tokenName: "Token name",
  stagePermission: "Stage sharing permission",
  stageState: "Stage sharing state",
  shareResult: "Share result",
  saveResult: "Save",
} as const;
type Field = keyof typeof FIELDS;

const list = document.getElementById("fields")!;
const values = {} as Record<Field, HTMLElement>;
for (const [field, label] of Object.entries(FIELDS) as [Field, string][]) {
  const term = document.createElement("dt");
  term.id = `${field}-label`;
  term.textContent = label;
  const value = document.createElement("dd");
  value.setAttribute("aria-labelledby", term.id);
  value.textContent = "…";
  const group = document.createElement("div");
  group.append(term, value);
  list.append(group);
  values[field] = value;
}

const show = (field: Field, value: string | undefined) => {
  values[field].textContent = value === undefined || value === "" ? "(none)" : value;
};
const errorText = (error: unknown) =>
  error instanceof Error
    ? error.message
    : typeof error === "object" && error !== null && "errorCode" in error
      ? `${String(error.errorCode)} ${"message" in error ? String(error.message) : ""}`.trim()
      : String(error);
const showError = (what: string, error: unknown) => {
  document.getElementById("error")!.textContent = `${what}: ${errorText(error)}`;
};
const setTheme = (theme: string) => {
  show("theme", theme);
  document.documentElement.dataset.theme = theme;
};

async function start() {
  await app.initialize();
  const context = await app.getContext();
  show("frameContext", context.page.frameContext);
  show("userOid", context.user?.id);
  show("tenant", context.user?.tenant?.id);
  show("teamGroupId", context.team?.groupId);
  show("chatId", context.chat?.id);
  show("meetingId", context.meeting?.id);
  show("channelId", context.channel?.id);
  show("subEntityId", context.page.subPageId);
  show("locale", context.app.locale);
  show("host", `${context.app.host.name} ${context.app.host.clientType}`);
  setTheme(context.app.theme);
  app.registerOnThemeChangeHandler(setTheme);
  void app.notifySuccess();

  authentication.getAuthToken().then(
    (token) => show("tokenName", String(decodeJwtPayload(token)?.name ?? "(no name claim)")),
    (error: unknown) => show("tokenName", `error: ${errorText(error)}`),
  );

  const frameContext = context.page.frameContext;
  if (frameContext === "sidePanel" || frameContext === "meetingStage") {
    meeting.getAppContentStageSharingCapabilities((error, capabilities) =>
      show(
        "stagePermission",
        error ? `error: ${errorText(error)}` : capabilities?.doesAppHaveSharePermission ? "yes" : "no",
      ),
    );
    meeting.getAppContentStageSharingState((error, state) =>
      show(
        "stageState",
        error ? `error: ${errorText(error)}` : state?.isAppSharing ? "sharing" : "not sharing",
      ),
    );
  } else {
    show("stagePermission", "not a meeting frame");
    show("stageState", "not a meeting frame");
  }

  if (frameContext === "settings") {
    const validLabel = document.getElementById("valid-label")!;
    const valid = document.getElementById("valid") as HTMLInputElement;
    validLabel.hidden = false;
    valid.addEventListener("change", () => pages.config.setValidityState(valid.checked));
    pages.config.registerOnSaveHandler((event) => {
      const contentUrl = new URL("/dev/probe.html", location.origin).href;
      pages.config
        .setConfig({ entityId: "probe", contentUrl, websiteUrl: contentUrl, suggestedDisplayName: "Probe" })
        .then(
          () => {
            show("saveResult", "saved");
            event.notifySuccess();
          },
          (error: unknown) => {
            show("saveResult", `error: ${errorText(error)}`);
            event.notifyFailure(errorText(error));
          },
        );
    });
  } else {
    show("saveResult", "not a settings frame");
  }
}

document.getElementById("share")!.addEventListener("click", () => {
  show("shareResult", "sharing…");
  try {
    meeting.shareAppContentToStage(
      (error, result) =>
        show("shareResult", error ? `error: ${errorText(error)}` : result ? "shared" : "not shared"),
      new URL("/dev/probe.html", location.origin).href,
    );
  } catch (error) {
    show("shareResult", `error: ${errorText(error)}`);
  }
});

start().catch((error: unknown) => showError("teams-js", error));
