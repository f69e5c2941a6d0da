// The back office in headless Debian Chromium: an editor and a reviewer
// open their invitations, set a password, add the second factor from the
// otpauth:// URI, sign in, the editor proposes a new phone, the reviewer
// accepts it, and the public page shows it. Driven by tests/suite/editors.rs.
// Usage: node gestion.mjs BASE EDITOR_INVITE REVIEWER_INVITE RECORD PHONE VERIFIED_TEXT
import { chromium } from "playwright-core";
import { createHmac } from "node:crypto";

const [base, editorInvite, reviewerInvite, record, phone, verified] = process.argv.slice(2);
const failures = [];
let passed = 0;
async function check(name, fn) {
  try { await fn(); passed++; console.log(`ok   ${name}`); }
  catch (e) { failures.push(name); console.log(`FAIL ${name}: ${e.message.split("\n")[0]}`); }
}
function assert(cond, msg) { if (!cond) throw new Error(msg); }

function base32(s) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = 0, value = 0; const out = [];
  for (const c of s) { value = (value << 5) | alphabet.indexOf(c); bits += 5;
    if (bits >= 8) { out.push((value >>> (bits - 8)) & 255); bits -= 8; } }
  return Buffer.from(out);
}
// RFC 6238 with SHA-1, 6 digits, 30 s; `ahead` steps after now (a code is taken once).
function totp(secret, ahead = 0) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / 30) + ahead));
  const h = createHmac("sha1", secret).update(counter).digest();
  const o = h[h.length - 1] & 15;
  const n = ((h[o] & 127) << 24 | h[o + 1] << 16 | h[o + 2] << 8 | h[o + 3]) % 1e6;
  return String(n).padStart(6, "0");
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
});

// One person: a context of their own (their own cookie jar), enrolled, then signed in.
async function person(email, invite) {
  const ctx = await browser.newContext({ javaScriptEnabled: true });
  const page = await ctx.newPage();
  const password = `une longue phrase de passe pour ${email}`;
  let secret;
  await check(`${email}: invitation, password, second factor`, async () => {
    await page.goto(base + invite);
    assert(await page.locator("#quick-exit").count() === 1, "no quick exit");
    await page.fill("input[name=password]", password);
    await page.fill("input[name=password_confirm]", password);
    await page.click("button[type=submit]");
    const uri = (await page.locator("#otpauth").textContent()).trim();
    assert(uri.startsWith("otpauth://totp/"), `no otpauth URI: ${uri}`);
    assert(await page.locator("svg path").count() >= 1, "no QR code");
    secret = base32(new URL(uri.replace("otpauth://", "https://")).searchParams.get("secret"));
    await page.fill("input[name=code]", totp(secret));
    await page.click("form[action='/gestion/activation'] button[type=submit]");
    assert(new URL(page.url()).pathname === "/gestion", `after activation: ${page.url()}`);
  });
  await check(`${email}: the session cookie is the back office's alone`, async () => {
    const cookies = await ctx.cookies();
    assert(cookies.length === 1, `${cookies.length} cookies`);
    const c = cookies[0];
    assert(c.path === "/gestion" && c.httpOnly && c.secure && c.sameSite === "Strict", JSON.stringify(c));
    assert(await page.evaluate(() => document.cookie) === "", "a script can read it");
  });
  await check(`${email}: sign out, then sign in with address, password and code`, async () => {
    await page.click("form[action='/gestion/deconnexion'] button[type=submit]");
    await page.goto(base + "/gestion/connexion");
    await page.fill("input[name=email]", email);
    await page.fill("input[name=password]", password);
    await page.fill("input[name=code]", totp(secret, 1));
    await page.click("form[action='/gestion/connexion'] button[type=submit]");
    assert(new URL(page.url()).pathname === "/gestion", `after sign-in: ${page.url()}`);
  });
  return { ctx, page };
}

const editor = await person("redaction@structure.example", editorInvite);
await check("the editor proposes a new phone for the record", async () => {
  const p = editor.page;
  await p.goto(`${base}/gestion/fiche/${record}`);
  await p.fill("input[name=phone]", phone);
  await p.click(`form[action='/gestion/fiche/${record}'] button[type=submit]`);
  assert(new URL(p.url()).pathname === "/gestion", `after proposing: ${p.url()}`);
  const pub = await (await fetch(`${base}/ressource/${record}`)).text();
  assert(!pub.includes(phone), "published before review");
});

const reviewer = await person("relecture@ain.example", reviewerInvite);
await check("the reviewer sees the change beside what is published and accepts it", async () => {
  const p = reviewer.page;
  await p.goto(`${base}/gestion`);
  const form = p.locator("form.proposal").first();
  assert((await form.textContent()).includes(phone), "the proposed phone is not shown");
  await form.locator("button[name=decision][value=accept]").click();
  assert(new URL(p.url()).pathname === "/gestion", `after accepting: ${p.url()}`);
});

await check("the public page shows the new phone, verified by the structure, without a cookie", async () => {
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  const t = Date.now();
  let body = "";
  while (Date.now() - t < 180000) {
    await p.goto(`${base}/ressource/${record}`);
    body = await p.content();
    if (body.includes(phone)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  assert(body.includes(phone), "never published");
  assert(body.includes(verified), `no "${verified}"`);
  assert((await ctx.cookies()).length === 0, "a public page set a cookie");
});

await browser.close();
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
