// The accessibility audit: starts the real youthvoice server with demo data, walks every respondent
// page in every state (blank, error, answered, check answers, confirmation, resume), in Standard and
// Easy Read, with and without display options, at 320 and 390 px, and fails on any finding from axe
// (violations, and colour-contrast items it cannot decide), Pa11y or the Nu HTML Checker. It also
// completes the survey with the keyboard alone, checks that no page scrolls sideways at 320 px, that
// every question's heading starts on the first screen of a 360 x 740 phone with every combination of
// display options, and that Read aloud speaks exactly the words on the screen. Signed in as the first admin, it also walks
// the staff pages: moderation (queue, an answer with words hidden and with an error, lists, flags),
// waves (overview, question editor with and without errors, new wave, previews, sharing, poster,
// progress, translations), a programme's targets, other surveys' figures, actions register and
// Board update, and Data.
//
//   cargo build && cd accessibility && npm ci && npm run audit
//
// YOUTHVOICE_BIN names the server binary (default ../target/debug/youthvoice); CHROMIUM the browser
// (default /usr/bin/chromium); AUDIT_SCREENSHOTS=dir saves a 360 px screenshot of every state.

import { spawn, execFile } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";

import { AxeBuilder } from "@axe-core/playwright";
import pa11y from "pa11y";
import { chromium } from "playwright-core";
import puppeteer from "puppeteer";

const here = path.dirname(fileURLToPath(import.meta.url));
const SERVER_BIN = process.env.YOUTHVOICE_BIN ?? path.join(here, "..", "target", "debug", "youthvoice");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const SCREENSHOTS = process.env.AUDIT_SCREENSHOTS;
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
const WIDTHS = [320, 390];
const SURVEY = "/s/be-supported-2022";
const LAYOUT_RULES = ["color-contrast", "target-size", "scrollable-region-focusable", "region"];
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
// Display options as the cookie stores them: none, the biggest text with high contrast, and
// large text with dyslexia-friendly spacing.
const DISPLAYS = ["", "extra-large.contrast", "large.dyslexia"];
const FORMATS = ["standard", "easy_read"];
// The buttons and links a walk presses, in each language the catalogue ships.
const WORDS = {
  en: {
    start: "Start now",
    continue: "Continue",
    save: "Save and come back later",
    carryOnNow: "Carry on now",
    change: /^Change/,
    send: "Send my answers",
    carryOn: "Carry on",
    switchToEasyRead: "Switch to Easy Read",
    switchToStandard: "Switch to standard words",
  },
  pl: {
    start: "Zacznij",
    continue: "Dalej",
    save: "Zapisz i wróć później",
    carryOnNow: "Kontynuuj teraz",
    change: /^Zmień/,
    send: "Wyślij moje odpowiedzi",
    carryOn: "Kontynuuj",
    switchToEasyRead: "Przełącz na tekst łatwy do czytania",
    switchToStandard: "Przełącz na zwykły tekst",
  },
  ar: {
    start: "ابدأ الآن",
    continue: "متابعة",
    save: "احفظ وارجع لاحقًا",
    carryOnNow: "تابع الآن",
    change: /^غيّر/,
    send: "أرسل إجاباتي",
    carryOn: "تابع",
    switchToEasyRead: "التبديل إلى النص السهل القراءة",
    switchToStandard: "التبديل إلى الكلمات العادية",
  },
};
// Journeys in other languages (Arabic right to left): each register once, one with display options.
const OTHER_LANGUAGE_JOURNEYS = [
  { format: "easy_read", display: "", language: "pl" },
  { format: "standard", display: "extra-large.contrast", language: "pl" },
  { format: "easy_read", display: "", language: "ar" },
  { format: "standard", display: "large.dyslexia", language: "ar" },
];
// Browser pages checked at once; each runs in its own renderer process.
const PARALLEL_PAGES = Number(process.env.AUDIT_PARALLEL ?? 3);

const findings = [];
const snapshots = [];
const work = mkdtempSync(path.join(tmpdir(), "youthvoice-audit-"));
const snapshotDir = path.join(work, "pages");
mkdirSync(snapshotDir);
let checkedStates = 0;

function finding(where, tool, message) {
  findings.push({ where, tool, message });
  console.log(`  FINDING ${where} [${tool}] ${message}`);
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startServer() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(SERVER_BIN, ["serve", "--demo"], {
    env: {
      ...process.env,
      DATABASE_URL: `sqlite://${path.join(work, "audit.sqlite3")}`,
      BIND: `127.0.0.1:${port}`,
      OUTBOX_DIR: path.join(work, "outbox"),
      // The audit server's own key, made in its scratch folder and deleted with it.
      SECRET_KEY_FILE: path.join(work, "youthvoice.key"),
      SUPPORT_CONTACTS: "Oxfordshire Youth Line|01865 000 000|Weekdays 9am to 5pm; Kooth|kooth.com|Free online counselling",
      RUST_LOG: "warn",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  // With no staff account yet, the server prints a one-time link for creating the first admin.
  let printed = "";
  child.stdout.on("data", (chunk) => {
    printed += chunk.toString();
  });
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server stopped (exit ${child.exitCode})`);
    try {
      const response = await fetch(`${base}/healthz`);
      const setup = printed.match(/\/staff\/setup\/[0-9a-f]+/);
      if (response.ok && setup) return { child, base, setupPath: setup[0] };
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60_000) throw new Error("the server did not start within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/// Runs `worker` over `items`, `limit` at a time: the machine's cores run several browser pages at once.
async function inPool(limit, items, worker) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await worker(item);
    }
  });
  await Promise.all(lanes);
}

function slugFor(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/// Checks the page as it is now, at each width, and keeps its HTML for Pa11y and the validator.
async function check(page, where, html, base) {
  checkedStates += 1;
  for (const [index, width] of WIDTHS.entries()) {
    await page.setViewportSize({ width, height: 800 });
    // Rules about the document's structure give the same answer at every width, so after the first
    // width only the rules that depend on layout run again.
    const axe = new AxeBuilder({ page });
    const results = await (index === 0 ? axe.withTags(AXE_TAGS) : axe.withRules(LAYOUT_RULES)).analyze();
    for (const violation of results.violations) {
      const targets = violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ");
      finding(`${where} @${width}px`, "axe", `${violation.id}: ${violation.help} (${targets})`);
    }
    for (const item of results.incomplete.filter((entry) => entry.id === "color-contrast")) {
      // axe cannot work out what lies behind text inside an SVG chart ("bgOverlap"); the chart
      // palette's text-on-fill contrast is checked by the Rust tests of src/charts/palette.rs.
      const undecided = item.nodes.filter((node) => !node.html.startsWith("<text "));
      if (undecided.length === 0) continue;
      const targets = undecided.map((node) => node.target.join(" ")).slice(0, 3).join(", ");
      finding(`${where} @${width}px`, "axe", `colour contrast needs review (${targets})`);
    }
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (sideways > 0) finding(`${where} @${width}px`, "layout", `scrolls sideways by ${sideways}px`);
  }
  if (SCREENSHOTS) {
    await page.setViewportSize({ width: 360, height: 800 });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${slugFor(where)}.png`), fullPage: true });
  }
  // Asset addresses made absolute so the saved page looks the same when opened from a file.
  const file = path.join(snapshotDir, `${String(snapshots.length).padStart(3, "0")}-${slugFor(where)}.html`);
  writeFileSync(file, html.replaceAll('"/assets/', `"${base}/assets/`));
  snapshots.push({ where, file });
}

/// Runs an action that loads a page and returns that page's HTML as the server sent it.
async function load(page, action) {
  const [response] = await Promise.all([page.waitForNavigation(), action()]);
  return response.text();
}

async function visit(page, where, url, base) {
  const html = await load(page, () => page.goto(url));
  await check(page, where, html, base);
}

async function answerQuestion(page, words = WORDS.en) {
  const textarea = page.locator("textarea#text");
  if (await textarea.count()) {
    await textarea.fill("More youth clubs that are open in the evening.");
  } else {
    const inputs = page.locator("input[name=answer]:not([value=_skip])");
    await inputs.first().check();
    if ((await inputs.first().getAttribute("type")) === "checkbox") await inputs.nth(1).check();
  }
  return load(page, () => page.getByRole("button", { name: words.continue }).click());
}

/// One young person's whole journey in one format and language with one set of display options.
async function walk(browser, base, format, display, language = "en") {
  const words = WORDS[language];
  const label = `${format}${display ? ` + ${display}` : ""}${language === "en" ? "" : ` in ${language}`}`;
  console.log(`walking: ${label}`);
  const context = await browser.newContext({ baseURL: base });
  if (display) await context.addCookies([{ name: "yv_display", value: display, url: base }]);
  if (language !== "en") await context.addCookies([{ name: "yv_language", value: language, url: base }]);
  const page = await context.newPage();
  const at = (name) => `${label}: ${name}`;

  await visit(page, at("home"), "/", base);
  await visit(page, at("help"), "/help", base);
  await visit(page, at("accessibility statement"), "/accessibility", base);
  await visit(page, at("display options"), `/display?return=${encodeURIComponent(SURVEY)}`, base);
  await visit(page, at("choose a language"), `/language?return=${encodeURIComponent(SURVEY)}`, base);
  if (format === "easy_read") {
    await visit(page, at("help, Easy Read, with a way back"), `/help?format=easy_read&return=${encodeURIComponent(`${SURVEY}/q/1`)}`, base);
    await visit(page, at("start, Easy Read version"), `${SURVEY}?format=easy_read`, base);
  }
  await visit(page, at("start"), SURVEY, base);

  await page.check(`input[name=format][value=${format}]`);
  let html = await load(page, () => page.getByRole("button", { name: words.start }).click());
  const total = Number((await page.locator(".caption").innerText()).match(/(\d+)\D*$/)[1]);
  for (let number = 1; number <= total; number += 1) {
    await check(page, at(`question ${number}`), html, base);
    const isFreeText = (await page.locator("textarea#text").count()) > 0;
    const isMultiple = (await page.locator("input[type=checkbox][name=answer]").count()) > 0;
    if (number === 1 || (isMultiple && number < 6)) {
      const error = await load(page, () => page.getByRole("button", { name: words.continue }).click());
      await check(page, at(`question ${number}, nothing chosen`), error, base);
    }
    if (isFreeText && number < 12) {
      await page.locator("textarea#text").fill("x".repeat(2001));
      const error = await load(page, () => page.getByRole("button", { name: words.continue }).click());
      await check(page, at(`question ${number}, too long`), error, base);
    }
    if (number === 2) {
      // The tools are folded under "Reading help"; open it, and check the page with it open.
      await openReadingHelp(page);
      await check(page, at(`question ${number}, reading help open`), await page.content(), base);
      const other = format === "standard" ? words.switchToEasyRead : words.switchToStandard;
      const switched = await load(page, () => page.getByRole("button", { name: other }).click());
      await check(page, at(`question ${number}, other format`), switched, base);
      await openReadingHelp(page);
      const back = format === "standard" ? words.switchToStandard : words.switchToEasyRead;
      await load(page, () => page.getByRole("button", { name: back }).click());
    }
    if (number === 5) {
      const saved = await load(page, () => page.getByRole("button", { name: words.save }).click());
      await check(page, at("resume code shown"), saved, base);
      await load(page, () => page.getByRole("link", { name: words.carryOnNow }).click());
    }
    html = await answerQuestion(page, words);
  }
  await check(page, at("check your answers"), html, base);
  const changed = await load(page, () => page.getByRole("link", { name: words.change }).first().click());
  await check(page, at("question 1, answered, changing"), changed, base);
  await load(page, () => page.getByRole("button", { name: words.continue }).click());
  const done = await load(page, () => page.getByRole("button", { name: words.send }).click());
  await check(page, at("thank you"), done, base);

  await visit(page, at("resume"), `${SURVEY}/resume`, base);
  await page.fill("#code", "otter lemon cloud river 1234");
  const wrong = await load(page, () => page.getByRole("button", { name: words.carryOn, exact: true }).click());
  await check(page, at("resume, wrong code"), wrong, base);
  await visit(page, at("closed survey"), "/s/be-supported-2019", base);
  await visit(page, at("page not found"), "/s/no-such-survey", base);
  await visit(page, at("staff sign in"), "/staff/sign-in", base);
  await context.close();
}

/// Completes the survey with Tab, Space, typing and Enter only, checking focus is always visible.
async function keyboardOnly(browser, base) {
  console.log("keyboard only");
  const context = await browser.newContext({ baseURL: base, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  const where = "keyboard only";

  async function tabTo(describe, matches) {
    for (let presses = 0; presses < 80; presses += 1) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        const style = getComputedStyle(element);
        // Radios and checkboxes show their focus on the big mark drawn beside the words.
        const label = element.labels && element.labels[0];
        const mark = label ? label.querySelector(".radios__mark, .checkboxes__mark") : null;
        const markStyle = mark ? getComputedStyle(mark) : null;
        return {
          tag: element.tagName.toLowerCase(),
          type: element.getAttribute("type"),
          name: element.getAttribute("name"),
          text: (element.innerText || element.value || "").trim(),
          visible:
            style.outlineStyle !== "none" ||
            style.boxShadow !== "none" ||
            (markStyle !== null && markStyle.boxShadow !== "none"),
        };
      });
      if (!focused.visible && focused.tag !== "body") {
        finding(`${where} ${page.url()}`, "focus", `no visible focus on ${focused.tag} "${focused.text.slice(0, 40)}"`);
      }
      if (matches(focused)) return;
    }
    throw new Error(`${where}: could not reach ${describe} with Tab on ${page.url()}`);
  }

  await page.goto(SURVEY);
  await tabTo("the Start now button", (f) => f.tag === "button" && f.text === "Start now");
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  while (page.url().includes("/q/")) {
    if (await page.locator("textarea#text").count()) {
      await tabTo("the text box", (f) => f.tag === "textarea");
      await page.keyboard.type("Someone to talk to after school.");
    } else {
      await tabTo("the first answer", (f) => f.tag === "input" && f.name === "answer");
      await page.keyboard.press("Space");
    }
    await tabTo("Continue", (f) => f.tag === "button" && f.text === "Continue");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    const error = await page.locator(".error-summary").count();
    if (error) throw new Error(`${where}: ${page.url()} did not accept a keyboard answer`);
  }
  await tabTo("Send my answers", (f) => f.tag === "button" && f.text === "Send my answers");
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  const heading = await page.locator("h1").innerText();
  if (heading !== "Thank you") finding(where, "keyboard", `ended on "${heading}", not the thank-you page`);
  await context.close();
}

/// Opens the "Reading help" disclosure that holds the format switch, display options and read aloud.
async function openReadingHelp(page) {
  const help = page.locator("details.page-tools");
  if (!(await help.evaluate((element) => element.open))) {
    await page.locator("summary.page-tools__summary").click();
  }
}

/// Every combination of display options: three text sizes, with and without high contrast and
/// dyslexia-friendly spacing.
function allDisplays() {
  return ["", "large", "extra-large"].flatMap((size) =>
    [false, true].flatMap((contrast) =>
      [false, true].map((dyslexia) =>
        [size, contrast && "contrast", dyslexia && "dyslexia"].filter(Boolean).join("."),
      ),
    ),
  );
}

/// The question comes first: on a 360 x 740 phone, with every combination of display options and
/// in both formats, the first line of every question's heading is on the first screen.
async function questionFirst(browser, base) {
  const screen = { width: 360, height: 740 };
  const runs = FORMATS.flatMap((format) => allDisplays().map((display) => ({ format, display })));
  let lowest = 0;
  await inPool(PARALLEL_PAGES, runs, async ({ format, display }) => {
    const context = await browser.newContext({ baseURL: base, viewport: screen });
    if (display) await context.addCookies([{ name: "yv_display", value: display, url: base }]);
    const page = await context.newPage();
    await page.goto(SURVEY);
    await page.check(`input[name=format][value=${format}]`);
    await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Start now" }).click()]);
    const total = Number((await page.locator(".caption").innerText()).match(/of (\d+)/)[1]);
    for (let number = 1; number <= total; number += 1) {
      await page.goto(`${SURVEY}/q/${number}`);
      const firstLineEnds = await page.evaluate(() => {
        const heading = document.querySelector("h1");
        return heading.getBoundingClientRect().top + parseFloat(getComputedStyle(heading).lineHeight);
      });
      lowest = Math.max(lowest, firstLineEnds);
      if (firstLineEnds > screen.height) {
        finding(
          `question first: ${format}${display ? ` + ${display}` : ""}, question ${number}`,
          "layout",
          `the heading's first line ends ${Math.round(firstLineEnds)} px down, below the first screen (${screen.height} px)`,
        );
      }
    }
    await context.close();
  });
  console.log(`question first: ${runs.length} combinations, every heading's first line ends by ${Math.round(lowest)} px of ${screen.height}`);
}

/// Read aloud speaks the heading, hint and every option as shown; without JavaScript there is no button.
async function readAloud(browser, base) {
  console.log("read aloud");
  for (const format of FORMATS) {
    const context = await browser.newContext({ baseURL: base });
    // Headless Chromium has no voices, so speech is recorded rather than heard.
    await context.addInitScript(() => {
      window.__spoken = [];
      const recorder = {
        speak(utterance) {
          window.__spoken.push(utterance.text);
          setTimeout(() => utterance.onend && utterance.onend(), 0);
        },
        cancel() {},
      };
      Object.defineProperty(window, "speechSynthesis", { value: recorder, configurable: true });
    });
    const page = await context.newPage();
    await page.goto(SURVEY);
    await page.check(`input[name=format][value=${format}]`);
    await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Start now" }).click()]);
    const spokenBefore = await page.evaluate(() => window.__spoken.length);
    if (spokenBefore) finding(`read aloud (${format})`, "read-aloud", "speech started by itself");
    await openReadingHelp(page);
    await page.getByRole("button", { name: "Read aloud" }).click();
    await page.waitForFunction(() => window.__spoken.length > 0);
    const spoken = await page.evaluate(() => window.__spoken);
    const onScreen = await page.evaluate(() => {
      const words = (element) => element.innerText.replace(/\s+/g, " ").trim();
      const parts = [words(document.querySelector("h1"))];
      const hint = document.querySelector("#answer-hint");
      if (hint) parts.push(words(hint));
      for (const element of document.querySelectorAll("fieldset label, fieldset .radios__divider")) {
        parts.push(words(element));
      }
      return parts;
    });
    if (JSON.stringify(spoken) !== JSON.stringify(onScreen)) {
      finding(`read aloud (${format})`, "read-aloud", `spoke ${JSON.stringify(spoken)} but the screen shows ${JSON.stringify(onScreen)}`);
    }
    await context.close();
  }
  const noScript = await browser.newContext({ baseURL: base, javaScriptEnabled: false });
  const page = await noScript.newPage();
  await page.goto(SURVEY);
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Start now" }).click()]);
  if (await page.getByRole("button", { name: "Read aloud" }).count()) {
    finding("read aloud (no JavaScript)", "read-aloud", "the button shows without JavaScript");
  }
  await noScript.close();
}

/// The pages VOXY reps and the team use, signed in as the first admin, with each set of display
/// options: moderation (the answers really change as the pass goes: words hidden, one flagged),
/// waves and their questions, previews, sharing and progress.
async function staffPages(browser, base, setupPath) {
  console.log("staff pages");
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  const password = "a long enough passphrase for the audit";
  await page.goto(setupPath);
  await page.fill("#display_name", "Audit Admin");
  await page.fill("#email", "audit@example.org");
  await page.fill("#password", password);
  await page.fill("#confirmation", password);
  // Making the first admin signs them in: the dashboard comes next, with a note.
  const dashboard = await load(page, () => page.getByRole("button", { name: "Create account" }).click());
  await check(page, "staff: dashboard, first admin just made", dashboard, base);
  await page.goto("/staff/users/invite");
  await page.fill("#display_name", "Audit Rep");
  await page.fill("#email", "rep@example.org");
  await page.check("input[name=role][value=moderator]");
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Send invitation" }).click()]);
  const wavesPath = await page.getByRole("link", { name: /^Waves to moderate/ }).getAttribute("href");
  // Staff accounts with the rep just invited, the waves a rep moderates, and the audit log.
  await visit(page, "staff: accounts, one just invited", "/staff/users", base);
  await visit(page, "staff: the waves a rep moderates", wavesPath, base);
  await visit(page, "staff: audit log", "/staff/audit", base);

  await page.goto("/staff/moderation");
  const answers = await page.locator("a[href^='/staff/moderation/']").evaluateAll((links) =>
    links.map((link) => link.getAttribute("href")).filter((href) => !href.endsWith("/settings")),
  );
  let withSuggestions = answers[0];
  for (const href of answers) {
    await page.goto(href);
    if (await page.locator("input[name=suggestion]").count()) {
      withSuggestions = href;
      break;
    }
  }
  for (const display of DISPLAYS) {
    const at = (name) => `staff${display ? ` + ${display}` : ""}: ${name}`;
    await context.clearCookies({ name: "yv_display" });
    if (display) await context.addCookies([{ name: "yv_display", value: display, url: base }]);
    await visit(page, at("staff home"), "/staff", base);
    await visit(page, at("queue"), "/staff/moderation", base);
    await visit(page, at("answer"), withSuggestions, base);
    if (await page.locator("input[name=suggestion]").count()) {
      const hidden = await load(page, () => page.getByRole("button", { name: "Hide these words" }).click());
      await check(page, at("answer, words hidden"), hidden, base);
    }
    const error = await load(page, () => page.getByRole("button", { name: "Save decision" }).click());
    await check(page, at("answer, no decision chosen"), error, base);
    if (await page.locator("input[name=suggestion]").count()) {
      // Every suggestion unticked and "Use it as a quote": the identifier check asks for a reason.
      for (const box of await page.locator("input[name=suggestion]").all()) await box.uncheck();
      await page.check("input[name=decision][value=approve]");
      await page.selectOption("#theme", { index: 1 });
      const questioned = await load(page, () => page.getByRole("button", { name: "Save decision" }).click());
      await check(page, at("answer, words the identifier check questions"), questioned, base);
    }
    await visit(page, at("answer with a content note"), answers[0], base);
    await visit(page, at("moderation lists"), "/staff/moderation/settings", base);
    await visit(page, at("waves to moderate"), wavesPath, base);
    await visit(page, at("data"), "/staff/data", base);
    await visit(page, at("waves"), "/staff/surveys", base);
    await visit(page, at("wave overview"), "/staff/surveys/be-supported-2022", base);
    await visit(page, at("wave details"), "/staff/surveys/be-supported-2022/details", base);
    await visit(page, at("symbols"), "/staff/symbols", base);
    await visit(page, at("edit a question"), "/staff/surveys/be-supported-2022/questions/believed", base);
    await page.fill("#key", "");
    const editError = await load(page, () => page.getByRole("button", { name: "Save the question" }).click());
    await check(page, at("edit a question, with errors"), editError, base);
    await visit(page, at("add a question"), "/staff/surveys/be-supported-2022/questions/new", base);
    await visit(page, at("new wave"), "/staff/surveys/new", base);
    const newError = await load(page, () => page.getByRole("button", { name: "Create the wave" }).click());
    await check(page, at("new wave, with errors"), newError, base);
    await visit(page, at("preview in Easy Read"), "/staff/surveys/be-supported-2022/preview/2?format=easy_read", base);
    await visit(page, at("share"), "/staff/surveys/be-supported-2022/distribution", base);
    await visit(page, at("poster"), "/staff/surveys/be-supported-2022/poster", base);
    await visit(page, at("poster in Polish"), "/staff/surveys/be-supported-2022/poster?language=pl", base);
    await visit(page, at("poster in Arabic"), "/staff/surveys/be-supported-2022/poster?language=ar", base);
    await visit(page, at("progress"), "/staff/surveys/be-supported-2022/progress", base);
    await visit(page, at("translations"), "/staff/surveys/be-supported-2022/translations", base);
  }
  await context.clearCookies({ name: "yv_display" });
  await visit(page, "reports: all reports", "/staff/reports", base);
  await visit(page, "reports: a wave's reports", "/staff/reports/be-supported-2022", base);
  await page.fill("#what_happens_next", "The Board meets. ".repeat(400));
  const textsError = await load(page, () => page.getByRole("button", { name: "Save the texts" }).click());
  await check(page, "reports: a wave's reports, with errors", textsError, base);
  for (const kind of ["summary", "full", "easy-read", "briefing"]) {
    await visit(page, `reports: ${kind} preview`, `/staff/reports/be-supported-2022/${kind}`, base);
  }
  for (const language of ["pl", "ar"]) {
    await visit(page, `reports: easy-read preview in ${language}`, `/staff/reports/be-supported-2022/easy-read?language=${language}`, base);
  }
  await page.goto("/staff/reports");
  const published = await page.locator("a[href^='/staff/published/']:not([href$='/pdf'])").first().getAttribute("href");
  await visit(page, "reports: a published report, for staff", published, base);
  // A new wave whose Easy Read wording has jargon: opening it asks first, listing the problems.
  await page.goto("/staff/surveys/new");
  await page.fill("#title", "Audit wave");
  await page.fill("#slug", "audit-wave");
  await page.fill("#year", "2027");
  await page.check('input[name=start_from][value="template:be-supported"]');
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Create the wave" }).click()]);
  await page.goto("/staff/surveys/audit-wave/questions/believed");
  await page.fill("#easy_read_text", "Do people at CAMHS believe you?");
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Save the question" }).click()]);
  await page.goto("/staff/surveys/audit-wave");
  const openAsked = await load(page, () => page.getByRole("button", { name: "Open it to young people" }).click());
  await check(page, "waves: open a wave with Easy Read problems?", openAsked, base);
  await visit(page, "waves: a draft of another programme", "/staff/surveys/be-healthy-2023", base);
  await page.goto("/staff/surveys/audit-wave/questions/know_who_to_speak_to");
  await page.fill("#sign_video", "https://video.example.org/bsl/know-who");
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Save the question" }).click()]);
  await visit(page, "waves: preview of a question with a BSL video", "/staff/surveys/audit-wave/preview/1", base);
  await visit(page, "waves: the same in Easy Read", "/staff/surveys/audit-wave/preview/1?format=easy_read", base);
  // Targets and other surveys' figures for the programme's measures: as the demo set them, with a
  // mistake, and one more.
  const targets = "/staff/programmes/be-supported/targets";
  await visit(page, "programmes: targets, as the demo set them", targets, base);
  await page.fill("#percent", "170");
  const targetError = await load(page, () => page.getByRole("button", { name: "Set the target" }).click());
  await check(page, "programmes: targets, with a mistake", targetError, base);
  await page.check("#measure");
  await page.fill("#percent", "70");
  // The demo's working group set 2024 targets already: this one looks a year further.
  await page.fill("#by_year", "2025");
  await page.fill("#agreed_by", "CTB working group");
  await page.fill("#agreed_on", "2023-07-12");
  const targetSet = await load(page, () => page.getByRole("button", { name: "Set the target" }).click());
  await check(page, "programmes: targets, one set", targetSet, base);
  const comparators = "/staff/programmes/be-supported/comparators";
  await visit(page, "programmes: other surveys, as the demo added them", comparators, base);
  await page.fill("#share", "164");
  const comparatorError = await load(page, () => page.getByRole("button", { name: "Add the figure" }).click());
  await check(page, "programmes: other surveys, with a mistake", comparatorError, base);
  await page.check("#measure");
  await page.fill("#source", "OxWell survey");
  await page.fill("#year", "2022");
  await page.fill("#wording", "I know who to talk to if I am worried");
  await page.fill("#share", "64.5");
  await page.fill("#respondents", "1234");
  await page.fill("#link", "https://oxwell.example.org/2022");
  const comparatorAdded = await load(page, () => page.getByRole("button", { name: "Add the figure" }).click());
  await check(page, "programmes: other surveys, one added", comparatorAdded, base);
  await visit(page, "reports: summary with a target and another survey", "/staff/reports/be-supported-2022/summary", base);
  // The working group's actions register: the list, a refused form, one action, a refused status
  // change, the groups that own actions, and the one-page Board update.
  const register = "/staff/programmes/be-supported/actions";
  await visit(page, "actions: the register", register, base);
  const actionError = await load(page, () => page.getByRole("button", { name: "Add the action" }).click());
  await check(page, "actions: the register, with mistakes", actionError, base);
  await page.fill("#you_said", "Clubs close too early in the evening.");
  await page.fill("#you_said_easy_read", "Clubs close too early.");
  await page.fill("#we_do", "Ask youth centres to stay open until 9pm on two evenings a week.");
  await page.fill("#we_do_easy_read", "We will ask clubs to stay open later.");
  await page.check("#measures");
  await page.fill("#due_on", "2027-09-30");
  const actionAdded = await load(page, () => page.getByRole("button", { name: "Add the action" }).click());
  await check(page, "actions: one action, just added", actionAdded, base);
  await page.check("#status-dropped");
  const statusError = await load(page, () => page.getByRole("button", { name: "Save where it stands" }).click());
  await check(page, "actions: dropped without a reason", statusError, base);
  await visit(page, "actions: groups that own actions", "/staff/groups", base);
  const groupError = await load(page, () => page.getByRole("button", { name: "Add the group" }).click());
  await check(page, "actions: groups, with a mistake", groupError, base);
  await visit(page, "actions: Board update", "/staff/programmes/be-supported/board-update", base);
  await page.goto(answers[answers.length - 1]);
  const asked = await load(page, () => page.getByRole("button", { name: "Flag a safeguarding concern" }).click());
  await check(page, "moderation: confirm a flag", asked, base);
  const flagged = await load(page, () => page.getByRole("button", { name: "Yes, flag it" }).click());
  await check(page, "moderation: queue after a flag", flagged, base);
  await visit(page, "moderation: safeguarding flags", "/staff/safeguarding", base);
  await context.close();
}

/// The public findings page in each display, and each report published on it (the demo publishes
/// 2021's summary and Easy Read reports).
async function findingsPages(browser, base) {
  console.log("findings");
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  for (const display of DISPLAYS) {
    await context.clearCookies({ name: "yv_display" });
    if (display) await context.addCookies([{ name: "yv_display", value: display, url: base }]);
    await visit(page, `findings${display ? ` + ${display}` : ""}`, "/findings", base);
  }
  const reports = await page
    .locator("a[href^='/findings/']:not([href$='/pdf'])")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  if (reports.length < 2) finding("findings", "audit", "the demo should publish a summary and an Easy Read report");
  for (const [index, href] of reports.entries()) {
    await visit(page, `published report ${index + 1}`, href, base);
  }
  await context.close();
}

async function runPa11y() {
  console.log(`pa11y: ${snapshots.length} pages`);
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    // At one width: both widths fall under the same media rules, so the markup and computed colours
    // HTML_CodeSniffer judges are the same at each; what layout changes (reflow, target size,
    // contrast over what lies behind, sideways scrolling) axe and the layout check test at both.
    const width = WIDTHS[0];
    await inPool(PARALLEL_PAGES, snapshots, async ({ where, file }) => {
      const result = await pa11y(pathToFileURL(file).href, {
        browser,
        standard: "WCAG2AA",
        viewport: { width, height: 800 },
        timeout: 30_000,
      });
      for (const issue of result.issues) {
        finding(`${where} @${width}px`, "pa11y", `${issue.code}: ${issue.message} (${issue.selector})`);
      }
    });
  } finally {
    await browser.close();
  }
}

async function runValidator() {
  console.log(`Nu HTML Checker: ${snapshots.length} pages`);
  const jar = path.join(here, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
  const files = readdirSync(snapshotDir).map((name) => path.join(snapshotDir, name));
  let output;
  try {
    await promisify(execFile)("java", ["-jar", jar, "--errors-only", "--format", "json", ...files], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return;
  } catch (error) {
    if (!error.stderr) throw error;
    output = error.stderr;
  }
  const byFile = new Map(snapshots.map(({ where, file }) => [pathToFileURL(file).href, where]));
  for (const message of JSON.parse(output).messages) {
    const where = byFile.get(message.url) ?? message.url;
    finding(where, "vnu", `${message.message} (line ${message.lastLine})`);
  }
}

/// Runs one part of the audit and says how long it took, so CI's budget can be spent knowingly.
async function timed(part, work) {
  const started = Date.now();
  await work();
  console.log(`${part}: ${Math.round((Date.now() - started) / 1000)} s`);
}

async function main() {
  const started = Date.now();
  const { child, base, setupPath } = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const journeys = FORMATS.flatMap((format) => DISPLAYS.map((display) => ({ format, display, language: "en" })));
    journeys.push(...OTHER_LANGUAGE_JOURNEYS);
    await timed("respondent journeys", () =>
      inPool(PARALLEL_PAGES, journeys, ({ format, display, language }) => walk(browser, base, format, display, language)),
    );
    await timed("question first", () => questionFirst(browser, base));
    await timed("keyboard only", () => keyboardOnly(browser, base));
    await timed("read aloud", () => readAloud(browser, base));
    await timed("staff pages", () => staffPages(browser, base, setupPath));
    await timed("findings", () => findingsPages(browser, base));
    await timed("pa11y", runPa11y);
    await timed("Nu HTML Checker", runValidator);
  } finally {
    await browser.close();
    child.kill();
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    `\n${checkedStates} page states checked at ${WIDTHS.join(" and ")} px in ${seconds} s: ` +
      `${findings.length} finding${findings.length === 1 ? "" : "s"}.`,
  );
  if (findings.length === 0) rmSync(work, { recursive: true, force: true });
  else console.log(`Pages kept for inspection in ${snapshotDir}`);
  process.exit(findings.length === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
