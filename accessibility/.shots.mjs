import { spawn } from "node:child_process";
import { chromium } from "playwright-core";
const bin = "/work/main/target/debug/youthvoice";
const port = 18089;
const base = `http://127.0.0.1:${port}`;
const child = spawn(bin, ["serve", "--demo"], {
  env: { ...process.env, DATABASE_URL: "sqlite:///tmp/shots/demo.sqlite3", BIND: `127.0.0.1:${port}`, BASE_URL: base, RUST_LOG: "warn" },
  stdio: ["ignore", "pipe", "inherit"],
});
let printed = "";
child.stdout.on("data", (c) => (printed += c.toString()));
let setup;
for (let i = 0; i < 600; i++) {
  try {
    const r = await fetch(`${base}/healthz`);
    const m = printed.match(/\/staff\/setup\/[0-9a-f]+/);
    if (r.ok && m) { setup = m[0]; break; }
  } catch {}
  await new Promise((r) => setTimeout(r, 200));
}
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const context = await browser.newContext({ baseURL: base, viewport: { width: 360, height: 740 } });
const page = await context.newPage();
const pw = "a long enough passphrase for shots";
await page.goto(setup);
await page.fill("#display_name", "Shot Admin");
await page.fill("#email", "shot@example.org");
await page.fill("#password", pw);
await page.fill("#confirmation", pw);
await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Create account" }).click()]);
await page.fill("#email", "shot@example.org");
await page.fill("#password", pw);
await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Sign in" }).click()]);
for (const [name, url] of [
  ["progress", "/staff/surveys/be-supported-2022/progress"],
  ["full", "/staff/reports/be-supported-2022/full"],
  ["summary", "/staff/reports/be-supported-2022/summary"],
  ["reports", "/staff/reports/be-supported-2022"],
]) {
  const t = Date.now();
  const r = await page.goto(url);
  console.log(name, r.status(), Date.now() - t, "ms");
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
}
const r = await page.request.get("/staff/reports/be-supported-2022/summary/pdf");
const { writeFileSync } = await import("node:fs");
writeFileSync("/tmp/shots/summary.pdf", await r.body());
const r2 = await page.request.get("/staff/reports/be-supported-2022/full/pdf");
writeFileSync("/tmp/shots/full.pdf", await r2.body());
await browser.close();
child.kill();
