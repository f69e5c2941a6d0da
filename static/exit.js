// Quick exit: click, or Shift pressed three times on its own. Hides the page and
// blanks the title at once, then replaces the location (no new history entry),
// leaving the whole window when the page lives in a frame.
//
// A Shift counts only when it was pressed and released with no other key in
// between, and within WINDOW ms of the previous one; any other key resets the
// count. So capitals, AZERTY digits (Shift + key) and "SOS" never leave the
// site. Like GOV.UK's "Exit this page", we count on keyup and reset on any
// other key; unlike it (5 s), presses must follow within about a second.
(function () {
  var a = document.getElementById("quick-exit");
  if (!a) return;
  var WINDOW = 1000;
  var url = a.getAttribute("href");
  var status = document.getElementById("exit-status");
  var more = a.getAttribute("data-more") || "";
  var once = a.getAttribute("data-once") || more;
  function leave(e) {
    if (e) e.preventDefault();
    document.documentElement.className += " leaving";
    document.title = "";
    try {
      if (window.top !== window.self) { window.top.location.replace(url); return; }
    } catch (_) { /* cross-origin parent refused: leave the frame at least */ }
    window.location.replace(url);
  }
  a.addEventListener("click", leave);

  var count = 0, last = 0, down = false, alone = false, downAt = 0, timer = null;
  function say(text) { if (status) status.textContent = text; }
  function reset() {
    if (count > 0) say("");
    count = 0;
    clearTimeout(timer);
  }
  document.addEventListener("keydown", function (e) {
    if (e.key === "Shift") {
      if (!e.repeat) { down = true; alone = true; downAt = Date.now(); }
      return;
    }
    // Any other key, including one typed with Shift held, is typing: start over.
    alone = false;
    reset();
  }, true);
  document.addEventListener("keyup", function (e) {
    if (e.key !== "Shift") return;
    var clean = down && alone && Date.now() - downAt <= WINDOW && !e.getModifierState("Control") && !e.getModifierState("Alt") && !e.getModifierState("Meta");
    down = false;
    alone = false;
    if (!clean) { reset(); return; }
    var now = Date.now();
    if (count > 0 && now - last > WINDOW) reset();
    count += 1;
    last = now;
    if (count >= 3) { reset(); leave(); return; }
    say((3 - count === 1 ? once : more).replace("{n}", String(3 - count)));
    clearTimeout(timer);
    timer = setTimeout(reset, WINDOW);
  }, true);
  // Shift + click selects text: that Shift is not a press of its own either.
  document.addEventListener("pointerdown", function () { alone = false; }, true);
  // Back to a page that was left: show it again rather than a blank cover.
  window.addEventListener("pageshow", function (e) {
    if (!e.persisted) return;
    document.documentElement.className = document.documentElement.className.replace(/\s*leaving/g, "");
    reset();
  });
})();
// After a quick exit, Back brings back the page she left, and the one before
// it. Where a new history entry adds nothing she would go back to (the same
// page in another language, the same list refined: links and forms marked
// data-replace), the page replaces itself. Pages she opens still stack, so
// Back inside the site works as she expects. Without script, plain links.
(function () {
  if (!window.URLSearchParams || !window.FormData || document.querySelector("base[target]")) return;
  document.addEventListener("click", function (e) {
    var a = e.target && e.target.closest ? e.target.closest("a[data-replace]") : null;
    if (!a || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    window.location.replace(a.href);
  });
  document.addEventListener("submit", function (e) {
    var f = e.target;
    if (e.defaultPrevented || !f.hasAttribute("data-replace") || (f.method || "get").toLowerCase() !== "get") return;
    e.preventDefault();
    var q = new URLSearchParams(new FormData(f)).toString();
    window.location.replace(f.action.split("?")[0] + (q ? "?" + q : ""));
  });
})();
// A phone or tablet has no Ctrl+P: print buttons appear only where a
// script can print (the hint beside them names Ctrl+P otherwise).
(function () {
  var buttons = document.querySelectorAll("[data-print]");
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener("click", function () { window.print(); });
  }
})();
// Copy buttons beside code to paste (the embed guide): shown only where the
// clipboard can be written; the code stays selectable without them.
(function () {
  var buttons = document.querySelectorAll("[data-copy]");
  if (!navigator.clipboard) return;
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener("click", function (e) {
      var b = e.currentTarget, code = document.getElementById(b.getAttribute("data-copy"));
      navigator.clipboard.writeText(code.textContent).then(function () {
        b.textContent = b.getAttribute("data-done");
      });
    });
  }
})();
