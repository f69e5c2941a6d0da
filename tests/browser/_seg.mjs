import { chromium } from "playwright-core";
const [base, out, path, n] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--no-first-run","--disable-background-networking"] });
const page = await (await browser.newContext({ viewport: { width: 390, height: 1300 }, isMobile: true, hasTouch: true })).newPage();
await page.goto(base + path);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
for (let i = 0; i * 1300 < h && i < (+n || 3); i++) {
  await page.screenshot({ path: `${out}-${i}.png`, clip: { x: 0, y: i * 1300, width: 390, height: 1300 }, fullPage: true });
}
console.log(h);
await browser.close();
