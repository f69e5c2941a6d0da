// Screenshots of the main pages at phone and desktop width, for the README and
// for looking at changes. Usage: node screens.mjs BASE_URL OUT_DIR [path…]
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";

const [base, out, ...only] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const paths = only.length ? only : ["/", "/commune/01034", "/recherche?lieu=01300", "/ressource/national:3919", "/affiche/01034", "/widget?commune=01034", "/integrer", "/departement/01"];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
for (const [tag, opts] of [["phone", { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }], ["desktop", { viewport: { width: 1280, height: 900 } }]]) {
  const ctx = await browser.newContext(opts);
  const page = await ctx.newPage();
  for (const p of paths) {
    await page.goto(base + p);
    const name = p.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
    await page.screenshot({ path: `${out}/${tag}-${name}.png`, fullPage: process.env.FULL === "1" });
  }
  await ctx.close();
}
await browser.close();
