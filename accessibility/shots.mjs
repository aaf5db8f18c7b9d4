import { chromium } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
const base = "http://127.0.0.1:18232";
const setup = process.argv[2];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const context = await browser.newContext({ baseURL: base, viewport: { width: 360, height: 800 } });
const page = await context.newPage();
const pw = "a long enough passphrase for shots";
await page.goto(setup);
await page.fill("#display_name", "Shot Admin"); await page.fill("#email", "shot@example.org");
await page.fill("#password", pw); await page.fill("#confirmation", pw);
await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Create account" }).click()]);
await page.fill("#email", "shot@example.org"); await page.fill("#password", pw);
await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Sign in" }).click()]);
const findingsLinks = async () => { await page.goto("/findings"); return page.locator("a[href^='/findings/']:not([href$='/pdf'])").evaluateAll(l => l.map(a => a.getAttribute("href"))); };
const links = await findingsLinks();
const pages = [["findings", "/findings"], ["summary", links[0]], ["easyread", links[1]], ["reports", "/staff/reports"], ["wave", "/staff/reports/be-supported-2022"], ["full", "/staff/reports/be-supported-2022/full"]];
for (const [name, path] of pages) {
  await page.goto(path);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  console.log(name, path, "violations:", results.violations.map(v => `${v.id} (${v.nodes.length}) ${v.nodes[0].target}`).join("; "));
  await page.screenshot({ path: `/tmp/rep/shot-${name}.png`, fullPage: true });
}
await browser.close();
