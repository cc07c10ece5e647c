import type { ExperimentView, LessonView, LessonsResponse, RoundView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import type { FrameLocator, Locator } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { DEV_USERS } from "../../api/src/auth/dev-fixtures";
import { FEED_PAGE } from "../../api/src/lessons/lesson-service";
import { TEAM, WAIT, api, scopePath, seriousViolations, useMeeting } from "./support/meeting";
import type { OpenOptions, Participant } from "./support/meeting";

/**
 * The personal app's "Tenant admin" section (docs/lessons.md), in the browser through the local
 * Teams host page: Frank (the dev tenant admin, app role LearningLoop.Admin) turns the lessons feed
 * off for the organization and on again, and erases Mallory's data in every team and chat (no
 * other browser test uses Mallory); Alice, a team owner but no tenant admin, never gets the section
 * nor its code. Also the feed's "Load more". What the page did is checked through the API.
 */

const meeting = useMeeting();
const OTHER_TEAM = "team:other-team";
const FEED_OFF = "Your organization's admins turned the learning feed off.";
const FEED_SWITCH = "Lessons feed for the whole organization";
const OID_FIELD = "Person's Microsoft Entra object ID";
const ERASE_BUTTON = "Erase this person's data…";
const ERASE_DIALOG = "Erase this person's data everywhere?";

const oidOf = (name: string) => DEV_USERS.find((user) => user.name === name)!.oid;

// Whatever happens in a test, the feed is on again for the tests after this file.
afterAll(async () => {
  const restored = await api("frank", "PUT", "admin/lessons-settings", { feedEnabled: true });
  expect(restored.status).toBe(200);
});

async function openPersonalApp(user: string, options: OpenOptions = {}): Promise<Participant> {
  const participant = await meeting.open(user, { view: "content", scope: "personal", ...options });
  await participant.app.getByRole("heading", { level: 1 }).waitFor(WAIT);
  return participant;
}

const adminSection = (app: FrameLocator) => app.getByRole("region", { name: "Tenant admin" });

/** An experiment of the dev team by `user`, published as a lesson; returns the lesson. */
async function publishExperiment(user: string, text: string): Promise<LessonView> {
  const experiment = await api<ExperimentView>(user, "POST", `${scopePath(TEAM)}/experiments`, {
    id: randomUUID(),
    text,
  });
  expect(experiment.status).toBe(201);
  const lesson = await api<LessonView>(user, "POST", `${scopePath(TEAM)}/lessons`, {
    id: randomUUID(),
    source: { kind: "experiment", id: experiment.body.id },
  });
  expect(lesson.status).toBe(201);
  return lesson.body;
}

/** The scripts and styles the app's frame downloaded so far. */
const downloaded = (participant: Participant) =>
  participant.frame().evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));

/** Every text a person can read or hear inside `root`: text nodes and accessible names. */
function readableTexts(root: Locator): Promise<string[]> {
  return root.evaluate((element) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, [hidden], [aria-hidden='true']")) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const named of element.querySelectorAll(
      "[aria-label], [aria-description], [placeholder], [title]",
    )) {
      for (const attribute of ["aria-label", "aria-description", "placeholder", "title"]) {
        const value = named.getAttribute(attribute)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** Texts with a plain ASCII letter once object IDs (typed, or the example) are taken out. */
async function untranslated(root: Locator): Promise<string[]> {
  const texts = await readableTexts(root);
  expect(texts.length).toBeGreaterThan(0);
  return texts.filter((text) =>
    /[A-Za-z]/.test(text.replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/gi, "")),
  );
}

/** Elements inside `root` that run past the frame's right or left edge, and controls that clip their label. */
function overflowing(root: Locator): Promise<string[]> {
  return root.evaluate((element) => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) found.push("the page scrolls sideways");
    for (const inner of [element, ...element.querySelectorAll<HTMLElement>("*")]) {
      if (!inner.checkVisibility()) continue;
      const box = inner.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 1 || box.left < -1))
        found.push(`${inner.tagName} "${inner.textContent?.trim().slice(0, 40)}" runs past the edge`);
      if (
        inner.matches("button, label, h2, h3") &&
        inner.scrollWidth > inner.clientWidth + 1 &&
        getComputedStyle(inner).overflow !== "visible"
      )
        found.push(`${inner.tagName} "${inner.textContent?.trim()}" clips its text`);
    }
    return found;
  });
}

describe("the personal app's Tenant admin section", () => {
  it("lets a tenant admin switch the lessons feed off for everyone and on again", async () => {
    const marker = `feedswitch${randomUUID().slice(0, 6)}`;
    const lesson = await publishExperiment("bob", `Rotate the ${marker} facilitator every week`);

    const frank = await openPersonalApp("frank");
    const section = adminSection(frank.app);
    await section.waitFor(WAIT);
    expect(await downloaded(frank)).toEqual(expect.arrayContaining([expect.stringMatching(/TenantAdmin/)]));
    const feedSwitch = section.getByRole("switch", { name: FEED_SWITCH });
    await expect.poll(() => feedSwitch.isChecked(), WAIT).toBe(true);
    expect(await seriousViolations(frank.frame())).toEqual([]);

    try {
      // By keyboard: Space toggles the focused switch; it moves when the API kept the change.
      await feedSwitch.focus();
      await feedSwitch.press("Space");
      await expect.poll(() => feedSwitch.isChecked(), WAIT).toBe(false);
      await frank.app
        .getByRole("status")
        .filter({ hasText: "The lessons feed is off for the whole organization." })
        .waitFor({ state: "attached", ...WAIT });
      expect(await api("frank", "GET", "me/lessons-access")).toMatchObject({
        body: { feedEnabled: false, admin: true },
      });
      // Frank's own feed shows its "off" state at once.
      await frank.app.getByText(FEED_OFF).waitFor(WAIT);
      await frank.app.getByText("No lessons match yet.").waitFor(WAIT);

      // Carol's personal app: the feed is off, and her search finds nothing.
      const carol = await openPersonalApp("carol");
      await carol.app.getByText(FEED_OFF).waitFor(WAIT);
      await carol.app.getByRole("searchbox", { name: "Search lessons" }).fill(marker);
      await carol.app.getByText("No lessons match yet.").waitFor(WAIT);
      expect((await api<LessonsResponse>("carol", "GET", `lessons?q=${marker}`)).body.items).toEqual([]);
      await expect(adminSection(carol.app).count()).resolves.toBe(0);

      // Publishing and adopting are refused while it is off.
      const experiment = await api<ExperimentView>("bob", "POST", `${scopePath(TEAM)}/experiments`, {
        id: randomUUID(),
        text: `While the ${marker} feed is off`,
      });
      expect(experiment.status).toBe(201);
      const refused = await api("bob", "POST", `${scopePath(TEAM)}/lessons`, {
        id: randomUUID(),
        source: { kind: "experiment", id: experiment.body.id },
      });
      expect(refused.status).toBe(403);
      const adoption = await api("carol", "POST", `lessons/${lesson.id}/adoptions`, {
        scope: TEAM,
        id: randomUUID(),
      });
      expect(adoption.status).toBe(403);

      // On again, by mouse: the lesson is back in Frank's feed and in Carol's.
      await feedSwitch.click();
      await expect.poll(() => feedSwitch.isChecked(), WAIT).toBe(true);
      await frank.app
        .getByRole("status")
        .filter({ hasText: "The lessons feed is on for the whole organization." })
        .waitFor({ state: "attached", ...WAIT });
      await frank.app.getByText(FEED_OFF).waitFor({ state: "detached", ...WAIT });
      await frank.app.getByRole("searchbox", { name: "Search lessons" }).fill(marker);
      await frank.app
        .getByRole("list", { name: "Lessons" })
        .getByRole("listitem")
        .filter({ hasText: lesson.text })
        .waitFor(WAIT);
      await carol.page.reload();
      await carol.app.getByRole("searchbox", { name: "Search lessons" }).fill(marker);
      await carol.app
        .getByRole("list", { name: "Lessons" })
        .getByRole("listitem")
        .filter({ hasText: lesson.text })
        .waitFor(WAIT);
      await expect(carol.app.getByText(FEED_OFF).count()).resolves.toBe(0);
    } finally {
      await api("frank", "PUT", "admin/lessons-settings", { feedEnabled: true });
    }
  });

  it("erases a person's data in every team and chat after a field check and a confirmation", async () => {
    // Mallory's answers (one anonymous) in her own team, and a lesson shared from one of them.
    const marker = `erasure${randomUUID().slice(0, 6)}`;
    const round = await api<RoundView>("mallory", "POST", `${scopePath(OTHER_TEAM)}/rounds`, {
      promptId: "weekly-learning",
      meetingId: `admin-${randomUUID()}`,
    });
    expect(round.status).toBe(201);
    const answersPath = `${scopePath(OTHER_TEAM)}/rounds/${round.body.id}/answers`;
    const named = await api<{ id: string }>("mallory", "POST", answersPath, {
      id: randomUUID(),
      text: `Mallory's ${marker} answer`,
    });
    expect(named.status).toBe(201);
    const anonymous = { id: randomUUID(), text: `Mallory's anonymous ${marker} answer`, anonymous: true };
    expect((await api("mallory", "POST", answersPath, anonymous)).status).toBe(201);
    await api("mallory", "POST", `${scopePath(OTHER_TEAM)}/rounds/${round.body.id}/close`);
    const shared = await api("mallory", "POST", `${scopePath(OTHER_TEAM)}/lessons`, {
      id: randomUUID(),
      source: { kind: "answer", id: named.body.id },
    });
    expect(shared.status).toBe(201);
    const answersNow = async () =>
      (await api<RoundView>("mallory", "GET", `${scopePath(OTHER_TEAM)}/rounds/${round.body.id}`)).body
        .answers;
    expect(await answersNow()).toHaveLength(2);
    expect((await api<LessonsResponse>("carol", "GET", `lessons?q=${marker}`)).body.items).toHaveLength(1);

    const frank = await openPersonalApp("frank");
    const section = adminSection(frank.app);
    const field = section.getByRole("textbox", { name: OID_FIELD });
    await field.waitFor(WAIT);

    // Not an object ID: the field says so, keeps the focus, and nothing is sent.
    await field.fill("mallory@contoso.com");
    await section.getByRole("button", { name: ERASE_BUTTON }).click();
    await section.getByText("The Microsoft Entra object ID must be a GUID, like").waitFor(WAIT);
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => field.evaluate((input) => input === document.activeElement)).toBe(true);
    await expect(frank.app.getByRole("alertdialog").count()).resolves.toBe(0);

    // Mallory's object ID, sent with Enter: the dialog says what goes and that it is for good.
    const oid = oidOf("mallory");
    await field.fill(oid);
    await field.press("Enter");
    const dialog = frank.app.getByRole("alertdialog", { name: ERASE_DIALOG });
    await dialog.waitFor(WAIT);
    await dialog.getByText(oid, { exact: false }).waitFor(WAIT);
    await dialog.getByText("their answers (anonymous ones too)", { exact: false }).waitFor(WAIT);
    await dialog.getByText("This cannot be undone.").waitFor(WAIT);
    expect(await seriousViolations(frank.frame())).toEqual([]);
    // The way out has the focus; Cancel erases nothing.
    const cancel = dialog.getByRole("button", { name: "Cancel" });
    await expect.poll(() => cancel.evaluate((button) => button === document.activeElement), WAIT).toBe(true);
    await cancel.press("Enter");
    await dialog.waitFor({ state: "detached", ...WAIT });
    expect(await answersNow()).toHaveLength(2);

    await section.getByRole("button", { name: ERASE_BUTTON }).click();
    await dialog.getByRole("button", { name: "Erase for good" }).click();
    await dialog.waitFor({ state: "detached", ...WAIT });
    await section
      .getByRole("status")
      .filter({ hasText: /The data of the person with the object ID .+ was erased in every team and chat\./ })
      .waitFor(WAIT);
    expect(await section.getByRole("status").textContent()).toContain(oid);
    expect(await field.inputValue()).toBe("");

    // Through the API: her answers are gone (the anonymous one too), and so is her lesson.
    expect(await answersNow()).toEqual([]);
    expect((await api<LessonsResponse>("carol", "GET", `lessons?q=${marker}`)).body.items).toEqual([]);
  });

  it("is not there for someone who is no tenant admin, nor is its code downloaded", async () => {
    expect((await api("alice", "GET", "me/lessons-access")).body).toMatchObject({ admin: false });
    const alice = await openPersonalApp("alice");
    await alice.app.getByRole("searchbox", { name: "Search lessons" }).waitFor(WAIT);
    // The page has its answer to `me/lessons-access`, and rendered after it.
    await expect
      .poll(
        async () => (await downloaded(alice)).some((name) => name.includes("/api/me/lessons-access")),
        WAIT,
      )
      .toBe(true);
    await alice.app
      .getByRole("list", { name: "Lessons" })
      .or(alice.app.getByText("No lessons match yet."))
      .waitFor(WAIT);
    // Time for what that answer would start (a lazy chunk) to be asked for.
    await alice.frame().evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    await expect(adminSection(alice.app).count()).resolves.toBe(0);
    await expect(alice.app.getByRole("switch", { name: FEED_SWITCH }).count()).resolves.toBe(0);
    await expect(alice.app.getByRole("textbox", { name: OID_FIELD }).count()).resolves.toBe(0);
    expect((await downloaded(alice)).filter((name) => /TenantAdmin/.test(name))).toEqual([]);
  });

  it("goes through the i18n layer, and fits a 320 px tab in French", async () => {
    const unknownOid = randomUUID();

    const pseudo = await openPersonalApp("frank", { locale: "qps-ploc" });
    const section = pseudo.app.getByRole("region").filter({ has: pseudo.app.getByRole("switch") });
    await section.waitFor(WAIT);
    await section.getByRole("textbox").fill("?");
    await section.getByRole("textbox").press("Enter");
    await expect.poll(() => section.getByRole("textbox").getAttribute("aria-invalid"), WAIT).toBe("true");
    expect(await untranslated(section)).toEqual([]);
    await section.getByRole("textbox").fill(unknownOid);
    await section.getByRole("textbox").press("Enter");
    const dialog = pseudo.app.getByRole("alertdialog");
    await dialog.waitFor(WAIT);
    expect(await untranslated(dialog)).toEqual([]);
    // The first action is the way out: nobody is erased here.
    await dialog.getByRole("button").first().click();
    await dialog.waitFor({ state: "detached", ...WAIT });

    const french = await openPersonalApp("frank", { locale: "fr-FR" });
    await french.page.setViewportSize({ width: 320, height: 800 });
    await expect
      .poll(() => french.frame().evaluate(() => document.documentElement.clientWidth), WAIT)
      .toBeLessThanOrEqual(320);
    const narrow = french.app.getByRole("region", { name: "Administration du locataire" });
    await narrow.waitFor(WAIT);
    const field = narrow.getByRole("textbox", { name: "ID d’objet Microsoft Entra de la personne" });
    await field.fill("?");
    await field.press("Enter");
    await narrow.getByText("L’ID d’objet Microsoft Entra doit être un GUID", { exact: false }).waitFor(WAIT);
    expect(await overflowing(narrow)).toEqual([]);
    await field.fill(unknownOid);
    await field.press("Enter");
    const frenchDialog = french.app.getByRole("alertdialog");
    await frenchDialog.waitFor(WAIT);
    expect(await overflowing(frenchDialog)).toEqual([]);
    await frenchDialog.getByRole("button", { name: "Annuler" }).click();
    await frenchDialog.waitFor({ state: "detached", ...WAIT });
  });
});

describe("the lessons feed's Load more", () => {
  it("shows the next page after the first one, without repeating a lesson", async () => {
    const marker = `loadmore${randomUUID().slice(0, 6)}`;
    const texts: string[] = [];
    for (let index = 1; index <= FEED_PAGE + 1; index++) {
      texts.push((await publishExperiment("bob", `Step ${index} of the ${marker} checklist`)).text);
    }
    const first = await api<LessonsResponse>("carol", "GET", `lessons?q=${marker}`);
    expect(first.body.items).toHaveLength(FEED_PAGE);
    expect(first.body.nextCursor).toEqual(expect.any(String));

    const carol = await openPersonalApp("carol");
    // The newest lessons of the whole feed are this test's too: wait for the search's own answer.
    const searched = carol.page.waitForResponse((response) => response.url().includes(`q=${marker}`), WAIT);
    await carol.app.getByRole("searchbox", { name: "Search lessons" }).fill(marker);
    await searched;
    const headings = carol.app.getByRole("list", { name: "Lessons" }).getByRole("heading", { level: 2 });
    const shown = async () => {
      const all = await headings.allTextContents();
      return all.every((text) => text.includes(marker)) ? all.length : -1;
    };
    await expect.poll(shown, WAIT).toBe(FEED_PAGE);
    const more = carol.app.getByRole("button", { name: "Load more" });
    await more.focus();
    await more.press("Enter");
    await expect.poll(shown, WAIT).toBe(FEED_PAGE + 1);
    // The button is gone with the last page: the focus is on the first lesson it brought.
    await expect
      .poll(() => carol.frame().evaluate(() => document.activeElement?.textContent ?? ""), WAIT)
      .toMatch(new RegExp(`^Step \\d+ of the ${marker} checklist$`));
    expect((await headings.allTextContents()).sort()).toEqual([...texts].sort());
    await expect(more.count()).resolves.toBe(0);
  });
});
