// Real pages in headless Debian Chromium: quick exit (click, Shift ×3, from
// inside a frame, without JS), no-JS search, phone-sized layout, print, and an
// axe-core scan. Usage: node run.mjs BASE_URL EXIT_URL HOST_PAGE_URL OUT_DIR
import { chromium } from "playwright-core";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { execFileSync } from "node:child_process";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { createRequire } from "node:module";

const [base, exitUrl, hostPage, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const phone = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const failures = [];
let passed = 0;
async function check(name, fn) {
  // ONLY=regex runs a subset while working on a page; the suite runs them all.
  if (process.env.ONLY && !new RegExp(process.env.ONLY).test(name)) return;
  try { await fn(); passed++; console.log(`ok   ${name}`); }
  catch (e) { failures.push(name); console.log(`FAIL ${name}: ${e.message.split("\n")[0]}`); }
}
function assert(cond, msg) { if (!cond) throw new Error(msg); }

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
});

const pages = ["/", "/ressource/national:pnav", "/recherche?lieu=belley", "/recherche?lieu=01300", "/recherche?lieu=st%20maurice%20de%20beynost",
  "/recherche?lieu=Saint-Denis", "/recherche?lieu=qwxzzv", "/commune/01034", "/ressource/national:3919", "/ressource/mairie:01034",
  "/affiche/01034", "/departement/01", "/widget?commune=01034", "/securite", "/a-propos", "/integrer", "/en/", "/en/commune/01034", "/nowhere",
  "/temoin", "/affiche", "/integrer?lieu=belley", "/en/ressource/national:3919", "/en/nowhere",
  "/commerces", "/en/commerces", "/affiche/01034?format=etiquettes-21", "/affiche/01034?format=bandeau", "/en/affiche/01034?format=set-de-table",
  "/signaler/mairie:01034", "/en/signaler/mairie:01034", "/signaler/merci",
  "/ar/", "/pt/", "/tr/", "/es/", "/uk/", "/ro/", "/affiche-multilingue",
  "/facile/", "/facile/commune/01034", "/facile/temoin", "/temoin?commune=01034",
  "/vos-droits", "/vos-droits?commune=01034", "/ar/vos-droits", "/uk/vos-droits", "/facile/vos-droits",
  // Every language's commune page and one more page each: longer words must still fit a phone.
  "/ar/commune/01034", "/pt/commune/01034", "/tr/commune/01034", "/es/commune/01034", "/uk/commune/01034", "/ro/commune/01034",
  "/ar/temoin?commune=01034", "/pt/securite", "/tr/affiche/01034", "/es/widget?commune=01034", "/uk/integrer?lieu=belley", "/ro/signaler/mairie:01034"];

// Every page: the exit link is first in tab order, visible, and stays on screen after scrolling; nothing leaves our origin.
{
  const ctx = await browser.newContext(phone);
  const page = await ctx.newPage();
  const foreign = [];
  page.on("request", (r) => { if (!r.url().startsWith(base)) foreign.push(r.url()); });
  for (const path of pages) {
    await check(`quick exit present, first, sticky: ${path}`, async () => {
      await page.goto(base + path);
      const exit = page.locator("#quick-exit");
      assert(await exit.count() === 1, "no #quick-exit");
      assert(await exit.getAttribute("href") === exitUrl, "wrong destination");
      await page.keyboard.press("Tab");
      assert(await page.evaluate(() => document.activeElement && document.activeElement.id) === "quick-exit", "not first in tab order");
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const box = await exit.boundingBox();
      assert(box && box.y >= 0 && box.y + box.height <= 740, "scrolled off screen");
      const title = await page.title();
      assert(!/violence/i.test(title), `title names the situation: ${title}`);
      // On a touch phone: no sideways scrolling, and a short exit button that leaves headings visible.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(width <= 360, `scrolls sideways: ${width}px`);
      assert(box.width <= 180, `exit button ${Math.round(box.width)}px wide on a touch screen`);
      // The emergency block leads, before any list, and is compact enough that the page goes on above the fold.
      await page.evaluate(() => window.scrollTo(0, 0));
      const urgent = await page.locator(".urgent").first().boundingBox();
      const listen = await page.locator(".listen").first().boundingBox();
      assert(urgent && listen, "no emergency block");
      assert(listen.y + listen.height <= 600, `emergency block ends at ${Math.round(listen.y + listen.height)}px`);
      const lists = await page.locator("main .cards, main .choices, main .lines, main table").evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().top + window.scrollY));
      assert(lists.every((y) => y > urgent.y), "a list comes before the emergency block");
    });
  }
  await page.goto(base + "/recherche?lieu=belley");
  await page.screenshot({ path: `${out}/belley-phone.png`, fullPage: false });
  await check("no request to any other origin, no cookie, no storage", async () => {
    assert(foreign.length === 0, `foreign requests: ${foreign.slice(0, 3)}`);
    assert((await ctx.cookies()).length === 0, "cookies set");
    assert(await page.evaluate(() => localStorage.length + sessionStorage.length) === 0, "storage used");
  });
  await ctx.close();
}

await check("every national line's page, in every language, keeps the emergency block on a phone's first screen", async () => {
  const national = JSON.parse(readFileSync(new URL("../../data/national.json", import.meta.url), "utf8"));
  const ids = (Array.isArray(national) ? national : national.resources || national.records).map((r) => r.id);
  assert(ids.length > 10, `${ids.length} national lines`);
  const ctx = await browser.newContext(phone);
  const page = await ctx.newPage();
  const late = [];
  for (const prefix of ["", "/en", "/ar", "/pt", "/tr", "/es", "/uk", "/ro"]) {
    for (const id of ids) {
      await page.goto(`${base}${prefix}/ressource/${id}`);
      const listen = await page.locator(".listen").first().boundingBox();
      const bottom = Math.round(listen.y + listen.height);
      if (bottom > 600) late.push(`${prefix}/ressource/${id}: ${bottom}px`);
    }
  }
  assert(late.length === 0, `emergency block below 600px: ${late.slice(0, 5).join(", ")}`);
  await ctx.close();
});

await check("clicking the quick exit lands on the neutral page, page hidden at once", async () => {
  const ctx = await browser.newContext(phone);
  const page = await ctx.newPage();
  await page.goto(base + "/commune/01034");
  await page.click("#quick-exit");
  await page.waitForURL(exitUrl, { timeout: 5000 });
  assert(page.url() === exitUrl, page.url());
  await ctx.close();
});

await check("another language and a refined list replace the page: Back after an exit has less to bring back", async () => {
  const ctx = await browser.newContext(phone);
  const page = await ctx.newPage();
  await page.goto(base + "/commune/01034");
  const before = await page.evaluate(() => history.length);
  await page.click("header .hlangs summary");
  await page.click("header .hlangs a[hreflang=en]");
  await page.waitForURL(base + "/en/commune/01034", { timeout: 5000 });
  await page.click(".filters summary");
  await page.check(".filters input[name=free]");
  await page.click(".filters button[type=submit]");
  await page.waitForURL(/free=1/, { timeout: 5000 });
  assert(await page.evaluate(() => history.length) === before, "a history entry was added");
  // A page she opens still stacks: Back inside the site works.
  await page.click("main a[href*='/ressource/']");
  await page.waitForURL(/ressource/, { timeout: 5000 });
  assert(await page.evaluate(() => history.length) === before + 1, "opening a record added no entry");
  await ctx.close();
});

// Keys exactly as a keyboard sends them (CDP), so Shift is held around a key as on AZERTY digits.
const SHIFT = 8;
async function keys(page) {
  const cdp = await page.context().newCDPSession(page);
  const send = (p) => cdp.send("Input.dispatchKeyEvent", p);
  const shiftDown = () => send({ type: "rawKeyDown", key: "Shift", code: "ShiftLeft", windowsVirtualKeyCode: 16, modifiers: SHIFT });
  const shiftUp = () => send({ type: "keyUp", key: "Shift", code: "ShiftLeft", windowsVirtualKeyCode: 16, modifiers: 0 });
  return {
    // One character; `shift` holds Shift around it as a person does for a capital or an AZERTY digit.
    async char(ch, shift) {
      const code = /\d/.test(ch) ? `Digit${ch}` : /[a-z]/i.test(ch) ? `Key${ch.toUpperCase()}` : "Minus";
      const vk = /\d/.test(ch) ? ch.charCodeAt(0) : /[a-z]/i.test(ch) ? ch.toUpperCase().charCodeAt(0) : 189;
      const modifiers = shift ? SHIFT : 0;
      if (shift) await shiftDown();
      await send({ type: "keyDown", key: ch, code, text: ch, unmodifiedText: ch, windowsVirtualKeyCode: vk, modifiers });
      await send({ type: "keyUp", key: ch, code, windowsVirtualKeyCode: vk, modifiers });
      if (shift) await shiftUp();
    },
    async bareShift() { await shiftDown(); await shiftUp(); },
  };
}
// What the issue tried: an AZERTY postcode (Shift for every digit), capitals, and a word in capitals.
const typings = [
  ["59600", (c) => true],
  ["Saint-Jean-De-Luz", (c) => /[A-Z]/.test(c)],
  ["SOS", (c) => true],
];
const fields = [["/", "#lieu"], ["/recherche?lieu=qwxzzv", "#lieu"], ["/affiche", "#lieu"], ["/integrer", "#lieu"],
  ["/signaler/mairie:01034", "#value"], ["/signaler/mairie:01034", "#comment"], ["/en/", "#lieu"]];
for (const [path, sel] of fields) {
  await check(`typing with Shift in ${sel} on ${path} keeps the visitor on the site, the text intact, no exit hint`, async () => {
    const ctx = await browser.newContext(phone);
    const page = await ctx.newPage();
    await page.goto(base + path);
    const k = await keys(page);
    for (const [text, shifted] of typings) {
      await page.fill(sel, "");
      await page.focus(sel);
      for (const c of text) {
        await k.char(c, shifted(c));
        const said = await page.locator("#exit-status").textContent();
        assert(said === "", `exit hint after '${c}' of ${text}: ${said}`);
      }
      await page.waitForTimeout(300);
      assert(page.url() === base + path, `left for ${page.url()} while typing ${text}`);
      assert(await page.inputValue(sel) === text, `field holds '${await page.inputValue(sel)}' after typing ${text}`);
    }
    await ctx.close();
  });
}

await check("Shift, a key, then two Shifts does not leave; a pause over a second starts over", async () => {
  const ctx = await browser.newContext(phone);
  const page = await ctx.newPage();
  await page.goto(base + "/");
  const k = await keys(page);
  await page.focus("#lieu");
  await k.bareShift(); await k.char("a", false); await k.bareShift(); await k.bareShift();
  await page.waitForTimeout(300);
  assert(page.url() === base + "/", `left after Shift, a, Shift, Shift: ${page.url()}`);
  await k.char("b", false);
  await k.bareShift(); await k.bareShift(); await page.waitForTimeout(1300); await k.bareShift();
  await page.waitForTimeout(300);
  assert(page.url() === base + "/", `left after a pause: ${page.url()}`);
  await ctx.close();
});

await check("pressing Shift three times lands on the neutral page, with a screen-reader status, replacing the history entry", async () => {
  const ctx = await browser.newContext(phone);
  const page = await ctx.newPage();
  await page.goto(base + "/");
  await page.goto(base + "/commune/01034");
  const k = await keys(page);
  await k.bareShift();
  const first = await page.locator("#exit-status").textContent();
  assert(/2/.test(first), `status after one press: ${first}`);
  await k.bareShift();
  const status = await page.locator("#exit-status").textContent();
  assert(/une fois|once/.test(status), `status after two presses: ${status}`);
  await k.bareShift();
  await page.waitForURL(exitUrl, { timeout: 5000 });
  // location.replace: Back goes to the page before, not to the commune page that was left.
  await page.goBack();
  assert(page.url() === base + "/", `Back after the exit shows ${page.url()}`);
  await ctx.close();
});

await check("no page adds history entries of its own (no pushState)", async () => {
  const ctx = await browser.newContext(phone);
  const page = await ctx.newPage();
  await page.goto(base + "/");
  const before = await page.evaluate(() => history.length);
  await page.fill("#lieu", "bel");
  await page.waitForTimeout(400);
  const after = await page.evaluate(() => history.length);
  assert(after === before, `the search box took history from ${before} to ${after} entries`);
  await ctx.close();
});

await check("three bare Shift presses inside the widget's frame leave the whole window", async () => {
  const ctx = await browser.newContext(phone);
  const page = await ctx.newPage();
  await page.goto(hostPage);
  await page.frameLocator("iframe").locator("h1, h2").first().click();
  const k = await keys(page);
  await k.bareShift(); await k.bareShift(); await k.bareShift();
  await page.waitForURL(exitUrl, { timeout: 5000 });
  await ctx.close();
});

await check("the widget's quick exit leaves the whole window, not only the frame", async () => {
  const ctx = await browser.newContext(phone);
  const page = await ctx.newPage();
  await page.goto(hostPage);
  const frame = page.frameLocator("iframe");
  await frame.locator("#quick-exit").click();
  await page.waitForURL(exitUrl, { timeout: 5000 });
  await ctx.close();
});

for (const sandbox of [null, "allow-scripts allow-top-navigation-by-user-activation allow-top-navigation-to-custom-protocols"]) {
  const host = sandbox ? `${hostPage}?sandbox=${encodeURIComponent(sandbox)}` : hostPage;
  await check(`a tap in the widget ends on a working page with a quick exit${sandbox ? " (sandboxed frame)" : ""}`, async () => {
    const ctx = await browser.newContext(phone);
    const page = await ctx.newPage();
    await page.goto(host);
    const frame = page.frameLocator("iframe");
    const href = await frame.locator(".card h3 a").first().getAttribute("href");
    await frame.locator(".card h3 a").first().click();
    await page.waitForURL(base + href, { timeout: 5000 });
    assert(await page.locator("#quick-exit").isVisible(), "no quick exit after the tap");
    assert((await page.locator("h1").textContent()).length > 3, "no page content");
    await page.goto(host);
    await page.frameLocator("iframe").locator("footer a[href='/securite']").click();
    await page.waitForURL(base + "/securite", { timeout: 5000 });
    assert(await page.locator("#quick-exit").isVisible(), "no quick exit on /securite");
    await ctx.close();
  });
}

await check("the embed snippet works from a page saved on disk (file://), and its copy button copies it", async () => {
  const ctx = await browser.newContext({ ...phone, permissions: ["clipboard-read", "clipboard-write"] });
  const page = await ctx.newPage();
  await page.goto(base + "/integrer?commune=01034");
  // The snippet names the public address; the saved page points it at this test server.
  const snippet = (await page.locator("#snippet-code").textContent()).replace(/src="https?:\/\/[^/"]+/, `src="${base}`);
  const file = resolve(out, "partner-saved.html");
  writeFileSync(file, `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Partenaire</title></head><body>${snippet}</body></html>`);
  const saved = await ctx.newPage();
  await saved.goto("file://" + file);
  const frame = saved.frameLocator("iframe");
  await frame.locator("#quick-exit").waitFor({ timeout: 5000 });
  assert(await frame.locator(".card").count() > 0, "no results in the widget from a saved page");
  await saved.close();
  // The copy button (shown only where the clipboard can be written; here, on http://127.0.0.1 it can).
  const copy = page.locator("button[data-copy]");
  assert(await copy.isVisible(), "no copy button on a secure page");
  await copy.click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert(copied.includes("/widget?commune=01034"), `copied: ${copied.slice(0, 60)}`);
  await ctx.close();
});

await check("the widget without a commune offers a search that answers inside the frame", async () => {
  const ctx = await browser.newContext(phone);
  const page = await ctx.newPage();
  await page.goto(base + "/widget");
  await page.fill("#lieu", "belley");
  await page.press("#lieu", "Enter");
  await page.waitForURL(/widget\?lieu=belley/);
  assert((await page.locator("h1").textContent()).includes("Belley"), "no Belley results");
  assert(await page.locator(".card").count() > 0, "no cards");
  await ctx.close();
});

await check("only the widget may be framed", async () => {
  const ctx = await browser.newContext(phone);
  const page = await ctx.newPage();
  const r = await page.request.get(base + "/commune/01034");
  assert(/frame-ancestors 'none'/.test(r.headers()["content-security-policy"]), "results page frameable");
  const w = await page.request.get(base + "/widget?commune=01034");
  assert(/frame-ancestors \*/.test(w.headers()["content-security-policy"]), "widget not frameable");
  await ctx.close();
});

// JavaScript off: search, results, filters and the exit link all work.
{
  const ctx = await browser.newContext({ ...phone, javaScriptEnabled: false });
  const page = await ctx.newPage();
  await check("no-JS search for 'belley' shows 17/112/114, the 3919, the nearest gendarmerie and the Belley CCAS", async () => {
    await page.goto(base + "/");
    await page.fill("#lieu", "belley");
    await page.press("#lieu", "Enter");
    await page.waitForURL(/recherche\?lieu=belley/);
    assert((await page.locator("h1").textContent()).includes("Belley"), "h1");
    const tels = await page.locator("a[href^='tel:'], a[href^='sms:']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert(tels[0] === "tel:17" && tels[1] === "tel:112" && tels[2] === "sms:114" && tels[3] === "tel:3919", tels.slice(0, 4).join(","));
    const cards = await page.locator(".card h3").allTextContents();
    assert(cards[0].includes("gendarmerie"), "nearest police first: " + cards[0]);
    assert(cards.slice(0, 6).some((c) => c.includes("(CCAS) - Belley")), "the CCAS among the nearest of each kind");
  });
  await check("no-JS filters are a plain GET form", async () => {
    await page.goto(base + "/commune/01034");
    await page.click(".filters summary");
    await page.selectOption("select[name=category]", "womens_rights");
    await page.click(".filters button");
    await page.waitForURL(/category=womens_rights/);
    const names = await page.locator(".card h3").allTextContents();
    assert(names.length >= 1 && names.every((n) => n.includes("CIDFF")), names.join(" | "));
  });
  for (const [q, expect] of [["01300", "Plusieurs lieux"], ["st maurice de beynost", "Saint-Maurice-de-Beynost"], ["Saint-Denis", "Plusieurs lieux"], ["xqzwvkjh", "Lieu introuvable"]]) {
    await check(`no-JS search '${q}'`, async () => {
      await page.goto(base + "/");
      await page.fill("#lieu", q);
      await page.press("#lieu", "Enter");
      await page.waitForLoadState();
      const h1 = await page.locator("h1").textContent();
      assert(h1.includes(expect), h1);
      assert(await page.locator("a[href='tel:3919']").count() >= 1, "3919 missing");
    });
  }
  await check("no-JS quick exit is a plain link", async () => {
    await page.goto(base + "/securite");
    await page.click("#quick-exit");
    await page.waitForURL(exitUrl, { timeout: 5000 });
  });
  await ctx.close();
}

await check("the multilingual poster prints on one A4 page, every language at a readable size, then four A6 cards in eight languages", async () => {
  const ctx = await browser.newContext({ viewport: { width: 718, height: 1000 } });
  const page = await ctx.newPage();
  await page.goto(base + "/affiche-multilingue");
  await page.emulateMedia({ media: "print" });
  const file = `${out}/affiche-multilingue.pdf`;
  const pdf = await page.pdf({ path: file, format: "A4", printBackground: true });
  const pages = [...pdf.toString("latin1").matchAll(/\/MediaBox/g)].length;
  assert(pages === 2, `${pages} pages (poster, then the sheet of cards)`);
  // The poster alone on the first page, with every language's sentence on it.
  const first = execFileSync("pdftotext", ["-f", "1", "-l", "1", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  for (const word of ["Violences", "Violence at home", "Violência", "şiddet", "Violencia", "Насильство", "Violență"]) {
    assert(first.includes(word), `the poster's page lacks "${word}"`);
  }
  const sizes = await page.locator(".poster .multi-lines li").evaluateAll((ls) => ls.map((l) => parseFloat(getComputedStyle(l).fontSize) * 0.75));
  assert(sizes.length === 8 && sizes.every((s) => s >= 12), `sizes ${sizes}`);
  const ar = await page.locator(".poster .multi-lines li[lang=ar]").evaluate((l) => getComputedStyle(l).direction);
  assert(ar === "rtl", "Arabic not right-to-left");
  const cm = (px) => px / (96 / 2.54);
  const cards = await page.locator(".multi-card").evaluateAll((cs) => cs.map((c) => [c.getBoundingClientRect().width, c.getBoundingClientRect().height, c.scrollHeight <= c.clientHeight + 1, c.querySelectorAll("li").length]));
  assert(cards.length === 4, `${cards.length} cards`);
  assert(cards.every(([w, h, fits, n]) => Math.abs(cm(w) - 10.5) < 0.1 && Math.abs(cm(h) - 14.8) < 0.1 && fits && n === 8), `cards ${JSON.stringify(cards.map(([w, h, f, n]) => [cm(w).toFixed(2), cm(h).toFixed(2), f, n]))}`);
  const small = await page.locator(".multi-card li").evaluateAll((ls) => Math.min(...ls.map((l) => parseFloat(getComputedStyle(l).fontSize) * 0.75)));
  assert(small >= 8, `card sentences at ${small} pt`);
  await ctx.close();
});

await check("printing from Chrome's dialog adds no header or footer (date, title, local address)", async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  for (const path of ["/affiche/01034", "/departement/01", "/affiche/01034?format=bandeau", "/affiche-multilingue", "/commune/01034"]) {
    await page.goto(base + path);
    const file = `${out}/header-footer.pdf`;
    // What Chrome's print dialog does by default: headers and footers on, in the page margins.
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true });
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    const host = new URL(base).host;
    assert(!text.includes(host) && !/\b\d{1,2}\/\d{1,2}\/\d{2}\b/.test(text), `${path}: the printout carries Chrome's header or footer`);
  }
  await ctx.close();
});

await check("the poster prints on A4 and reads across a counter; the A6 cards fill the second sheet", async () => {
  // The A4 page less its 1 cm margins, so layout positions are the printed ones.
  const ctx = await browser.newContext({ viewport: { width: 718, height: 1000 } });
  const page = await ctx.newPage();
  await page.goto(base + "/affiche/01034");
  await page.emulateMedia({ media: "print" });
  assert(!(await page.locator("#quick-exit").isVisible()), "exit button printed");
  assert(await page.locator(".poster .qr svg").count() === 1, "no QR code");
  const pdf = await page.pdf({ path: `${out}/affiche-01034.pdf`, format: "A4", printBackground: true });
  // The poster's QR code, read back from the printed page (1 cm page margin).
  const q = await page.locator(".poster .qr svg").boundingBox();
  const mm = (px) => px * 25.4 / 96;
  const qbox = { x: mm(q.x) + 10, y: mm(q.y) + 10, w: mm(q.width), h: mm(q.height) };
  assert(decodeQrInPdf(`${out}/affiche-01034.pdf`, qbox) === "https://maillage.example/commune/01034", "the poster's QR code does not decode to the commune's page");
  // From the PDF itself: two A4 pages (poster, then the sheet of cards).
  const text = pdf.toString("latin1");
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [+m[1], +m[2]]);
  assert(boxes.length === 2, `${boxes.length} pages`);
  assert(boxes.every(([w, h]) => Math.abs(w - 595.3) < 2 && Math.abs(h - 841.9) < 2), `not A4: ${JSON.stringify(boxes)}`);
  // In print layout, CSS centimetres and points are physical sizes.
  const cm = (px) => px / (96 / 2.54);
  const pt = (px) => px * 0.75;
  const size = async (sel) => page.locator(sel).first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert(pt(await size(".poster .p-3919")) >= 80, "3919 under 80 pt");
  assert(pt(await size(".poster .p-big")) >= 60, "17 / 112 under 60 pt");
  const qr = await page.locator(".poster .qr svg").boundingBox();
  assert(cm(qr.width) >= 4, `poster QR ${cm(qr.width).toFixed(1)} cm`);
  const poster = await page.locator(".poster").boundingBox();
  assert(cm(poster.height) >= 26, `poster fills ${cm(poster.height).toFixed(1)} cm of the page`);
  const cards = await page.locator(".a6").evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect()).map((r) => [r.width, r.height]));
  assert(cards.length === 4, `${cards.length} cards`);
  assert(cards.every(([w, h]) => Math.abs(cm(w) - 10.5) < 0.1 && Math.abs(cm(h) - 14.8) < 0.1), `cards are not A6: ${JSON.stringify(cards.map(([w, h]) => [cm(w).toFixed(2), cm(h).toFixed(2)]))}`);
  const cardQr = await page.locator(".a6 .qr svg").first().boundingBox();
  assert(cm(cardQr.width) >= 2.5, `card QR ${cm(cardQr.width).toFixed(1)} cm`);
  await ctx.close();
});

// Shop supports, measured in the PDF Chromium prints (poppler's pdftotext and pdftoppm read it back).
const MM = 25.4 / 72; // PDF points to millimetres
const pxToMm = (px) => px * 25.4 / 96; // CSS pixels in print layout are 1/96 inch
const commune = "https://maillage.example/commune/01034";
function mediaBoxes(pdf) {
  return [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [+m[1] * MM, +m[2] * MM]);
}
// Words of page 1 with their boxes in millimetres from the top-left corner.
function pdfWords(file) {
  const html = execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", file, "-"], { encoding: "utf8" });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((m) => ({ x: +m[1] * MM, y: +m[2] * MM, x2: +m[3] * MM, y2: +m[4] * MM, text: m[5] }));
}
// Renders a region (mm) of the PDF's first page and decodes the QR code in it.
function decodeQrInPdf(file, box) {
  const dpi = 300, px = (mm) => Math.round(mm / 25.4 * dpi), pad = 3;
  const png = execFileSync("pdftoppm", ["-r", String(dpi), "-f", "1", "-l", "1", "-png", "-gray",
    "-x", String(px(box.x - pad)), "-y", String(px(box.y - pad)), "-W", String(px(box.w + 2 * pad)), "-H", String(px(box.h + 2 * pad)), file]);
  const img = PNG.sync.read(png);
  const code = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
  return code && code.data;
}
const distinct = (xs) => xs.sort((a, b) => a - b).filter((x, i, a) => i === 0 || x - a[i - 1] > 1);
const near = (a, b, tol = 0.5) => Math.abs(a - b) <= tol;
// Smallest printed font size (pt) in an element, HTML text and SVG text alike.
async function smallestFont(page, sel) {
  return page.locator(sel).first().evaluate((root) => {
    let min = Infinity;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement;
      if (!walker.currentNode.textContent.trim() || !el.getClientRects().length) continue;
      let px = parseFloat(getComputedStyle(el).fontSize);
      const svg = el.closest("svg");
      if (svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width) px *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      min = Math.min(min, px * 0.75);
    }
    return Math.round(min * 10) / 10;
  });
}

// The makers' A4 sheets (Avery L7160, L7163, L7165; see data/SOURCES.md): label size, margins, pitch in mm.
const sheets = [
  { n: 21, cols: 3, rows: 7, w: 63.5, h: 38.1, left: 7.25, top: 15.15, px: 66.0, py: 38.1, qr: 22, font: 8 },
  { n: 14, cols: 2, rows: 7, w: 99.1, h: 38.1, left: 4.65, top: 15.15, px: 101.6, py: 38.1, qr: 25, font: 8 },
  { n: 8, cols: 2, rows: 4, w: 99.1, h: 67.7, left: 4.65, top: 13.1, px: 101.6, py: 67.7, qr: 35, font: 10 },
];
for (const s of sheets) {
  await check(`${s.n} bag labels of ${s.w} × ${s.h} mm: the sheet's margins and pitch within 0.5 mm in the PDF, a QR code that scans, no local address`, async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${base}/affiche/01034?format=etiquettes-${s.n}`);
    await page.emulateMedia({ media: "print" });
    assert(!(await page.locator("#quick-exit").isVisible()), "exit button printed");
    const file = `${out}/etiquettes-${s.n}.pdf`;
    const pdf = await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const boxes = mediaBoxes(pdf);
    assert(boxes.length === 1 && near(boxes[0][0], 210) && near(boxes[0][1], 297), `pages: ${JSON.stringify(boxes)}`);
    // Labels in the print layout (page margin 0, so layout millimetres are sheet millimetres).
    const labs = (await page.locator(".lab").evaluateAll((ls) => ls.map((l) => { const r = l.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; })))
      .map((r) => r.map(pxToMm));
    assert(labs.length === s.n, `${labs.length} labels`);
    assert(labs.every(([, , w, h]) => near(w, s.w) && near(h, s.h)), `label size ${labs[0][2].toFixed(2)} × ${labs[0][3].toFixed(2)}`);
    const xs = distinct(labs.map((l) => l[0])), ys = distinct(labs.map((l) => l[1]));
    assert(xs.length === s.cols && ys.length === s.rows, `${xs.length} columns, ${ys.length} rows`);
    assert(near(xs[0], s.left) && near(ys[0], s.top), `margins ${xs[0].toFixed(2)} / ${ys[0].toFixed(2)} mm`);
    // From the PDF: where each "3919" was printed gives the pitch, and matches the layout (no scaling, no shift).
    const words = pdfWords(file).filter((w) => w.text === "3919");
    assert(words.length === s.n, `${words.length} "3919" in the PDF`);
    const wx = distinct(words.map((w) => w.x)), wy = distinct(words.map((w) => w.y));
    assert(wx.length === s.cols && wy.length === s.rows, `PDF grid ${wx.length} × ${wy.length}`);
    for (let i = 1; i < wx.length; i++) assert(near(wx[i] - wx[i - 1], s.px), `PDF column pitch ${(wx[i] - wx[i - 1]).toFixed(2)} mm`);
    for (let i = 1; i < wy.length; i++) assert(near(wy[i] - wy[i - 1], s.py), `PDF row pitch ${(wy[i] - wy[i - 1]).toFixed(2)} mm`);
    const b = pxToMm((await page.locator(".lab-l b").first().boundingBox()).x);
    assert(near(wx[0], b), `PDF puts the first "3919" at ${wx[0].toFixed(2)} mm, the layout at ${b.toFixed(2)} mm`);
    assert(near(wx[0] - (b - xs[0]), s.left), `PDF left margin ${(wx[0] - (b - xs[0])).toFixed(2)} mm`);
    // Arm's length and a phone camera.
    const font = await smallestFont(page, ".labels");
    assert(font >= s.font, `smallest text ${font.toFixed(1)} pt`);
    const q = await page.locator(".lab .qr svg").first().boundingBox();
    const qbox = { x: pxToMm(q.x), y: pxToMm(q.y), w: pxToMm(q.width), h: pxToMm(q.height) };
    assert(qbox.w >= s.qr, `QR ${qbox.w.toFixed(1)} mm`);
    assert(decodeQrInPdf(file, qbox) === commune, "the printed QR code does not decode to the commune's page");
    const text = await page.locator(".labels").innerText();
    assert(!/mairie|rue |avenue|place /i.test(text), "a label carries a local address");
    await ctx.close();
  });
}

await check("the bread-bag strip: three 60 × 220 mm strips on A4 with cut lines, the same drawing as the SVG file, a QR code that scans", async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${base}/affiche/01034?format=bandeau`);
  await page.emulateMedia({ media: "print" });
  assert(!(await page.locator("#quick-exit").isVisible()), "exit button printed");
  const file = `${out}/bandeau.pdf`;
  const pdf = await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const boxes = mediaBoxes(pdf);
  assert(boxes.length === 1 && near(boxes[0][0], 210) && near(boxes[0][1], 297), `pages: ${JSON.stringify(boxes)}`);
  const strips = await page.locator("svg.strip").evaluateAll((ss) => ss.map((s) => { const r = s.getBoundingClientRect(); return [r.width, r.height]; }));
  assert(strips.length === 3 && strips.every(([w, h]) => near(pxToMm(w), 60) && near(pxToMm(h), 220)), `strips ${JSON.stringify(strips.map((s) => s.map(pxToMm)))}`);
  assert((await page.locator(".strip-cut").first().evaluate((e) => getComputedStyle(e).outlineStyle)) === "dashed", "no cut lines");
  const font = await smallestFont(page, ".strips");
  assert(font >= 9, `smallest text ${font.toFixed(1)} pt`);
  // Every line keeps 3 mm from the cut lines (the drawing is in millimetres).
  const crowded = await page.locator("svg.strip").first().evaluate((s) => [...s.querySelectorAll("text")]
    .map((t) => [t.textContent, t.getBBox()]).filter(([, b]) => b.x < 3 || b.x + b.width > 57).map(([t, b]) => `${t} ${b.x.toFixed(1)}–${(b.x + b.width).toFixed(1)}`));
  assert(crowded.length === 0, `text on the cut lines: ${crowded.join("; ")}`);
  // The QR code nested in the strip, found in the PDF by the words around it (the page has an 8 mm margin).
  const q = await page.locator("svg.strip svg").first().boundingBox();
  const qbox = { x: pxToMm(q.x) + 8, y: pxToMm(q.y) + 8, w: pxToMm(q.width), h: pxToMm(q.height) };
  assert(qbox.w >= 35, `QR ${qbox.w.toFixed(1)} mm`);
  const lines = pdfWords(file).filter((w) => w.text === "3919");
  assert(lines.length === 3, `${lines.length} "3919" in the PDF`);
  assert(decodeQrInPdf(file, qbox) === commune, "the printed QR code does not decode to the commune's page");
  const res = await page.request.get(`${base}/affiche/01034/bandeau.svg`);
  assert(res.status() === 200 && res.headers()["content-type"].startsWith("image/svg+xml"), `SVG file: ${res.status()}`);
  const svg = await res.text();
  assert(svg.includes('width="60mm"') && svg.includes('height="220mm"') && svg.includes(commune), "the SVG file is not the 60 × 220 mm strip");
  await ctx.close();
});

await check("every language's printed supports keep their pages, and the strip's words stay off the cut lines", async () => {
  const ctx = await browser.newContext({ viewport: { width: 718, height: 1000 } });
  const page = await ctx.newPage();
  for (const lang of ["en", "ar", "pt", "tr", "es", "uk", "ro"]) {
    for (const [format, want] of [["", 2], ["?format=bandeau", 1], ["?format=set-de-table", 1], ["?format=etiquettes-21", 1]]) {
      await page.goto(`${base}/${lang}/affiche/01034${format}`);
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ preferCSSPageSize: format !== "", format: format === "" ? "A4" : undefined, printBackground: true });
      const n = mediaBoxes(pdf).length;
      assert(n === want, `/${lang}/affiche/01034${format}: ${n} pages, not ${want}`);
      if (format === "?format=bandeau") {
        const crowded = await page.locator("svg.strip").first().evaluate((s) => [...s.querySelectorAll("text")]
          .map((t) => [t.textContent, t.getBBox()]).filter(([, b]) => b.x < 3 || b.x + b.width > 57).map(([t, b]) => `${t} ${b.x.toFixed(1)}–${(b.x + b.width).toFixed(1)}`));
        assert(crowded.length === 0, `/${lang}: text on the strip's cut lines: ${crowded.join("; ")}`);
      }
    }
  }
  await ctx.close();
});

await check("on an Arabic page at phone width, every phone number reads left to right", async () => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
  const page = await ctx.newPage();
  for (const path of ["/ar/commune/01034", "/ar/ressource/mairie:01034", "/ar/"]) {
    await page.goto(base + path);
    assert(await page.evaluate(() => document.documentElement.dir) === "rtl", `${path} not right-to-left`);
    // The first digit of each number is drawn left of its last one.
    const reversed = await page.locator("main a[href^='tel:'], main a[href^='sms:']").evaluateAll((as) => as.map((a) => {
      const text = a.firstChild && a.lastChild;
      const node = [...a.childNodes].filter((c) => c.nodeType === 3).pop();
      const t = node.textContent;
      const first = t.search(/\d/), last = t.length - 1 - [...t].reverse().join("").search(/\d/);
      if (first < 0 || first === last) return null;
      const x = (i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect().x; };
      return x(first) < x(last) ? null : t;
    }).filter((t) => t !== null));
    assert(reversed.length === 0, `${path}: numbers drawn right to left: ${reversed.join(", ")}`);
    await page.screenshot({ path: `${out}/${path.replace(/[/:?=]/g, "_")}.png`, fullPage: false });
  }
  await ctx.close();
});

await check("the A3 placemat prints on one A3 landscape page, reads at arm's length, and its QR code scans", async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${base}/affiche/01034?format=set-de-table`);
  await page.emulateMedia({ media: "print" });
  assert(!(await page.locator("#quick-exit").isVisible()), "exit button printed");
  const file = `${out}/set-de-table.pdf`;
  const pdf = await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const boxes = mediaBoxes(pdf);
  assert(boxes.length === 1 && near(boxes[0][0], 420) && near(boxes[0][1], 297), `pages: ${JSON.stringify(boxes)}`);
  const font = await smallestFont(page, ".placemat");
  assert(font >= 14, `smallest text ${font.toFixed(1)} pt`);
  const big = await page.locator(".placemat .p-3919").evaluate((e) => parseFloat(getComputedStyle(e).fontSize) * 0.75);
  assert(big >= 100, `3919 at ${big} pt`);
  const q = await page.locator(".placemat .qr svg").boundingBox();
  const qbox = { x: pxToMm(q.x), y: pxToMm(q.y), w: pxToMm(q.width), h: pxToMm(q.height) };
  assert(qbox.w >= 50, `QR ${qbox.w.toFixed(1)} mm`);
  assert(decodeQrInPdf(file, qbox) === commune, "the printed QR code does not decode to the commune's page");
  await ctx.close();
});

// Accessibility: axe-core, no serious or critical violation, on every page.
{
  const ctx = await browser.newContext({ ...phone, bypassCSP: true });
  const page = await ctx.newPage();
  for (const path of pages) {
    await check(`axe: no serious or critical violation on ${path}`, async () => {
      await page.goto(base + path);
      await page.evaluate(axeSource);
      const res = await page.evaluate(() => window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }));
      const bad = res.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      assert(bad.length === 0, bad.map((v) => `${v.id}: ${v.nodes[0].html.slice(0, 80)}`).join("; "));
    });
  }
  await ctx.close();
}

await browser.close();
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
