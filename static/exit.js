// Quick exit: click, or Shift pressed three times within 3 seconds. Hides the
// page and blanks the title at once, then replaces the location (no new tab),
// leaving the whole window when the page lives in a frame.
(function () {
  var a = document.getElementById("quick-exit");
  if (!a) return;
  var url = a.getAttribute("href");
  var status = document.getElementById("exit-status");
  var template = a.getAttribute("data-more") || "";
  function leave(e) {
    if (e) e.preventDefault();
    document.documentElement.className += " leaving";
    document.title = "";
    try {
      if (window.top !== window.self) { window.top.location.replace(url); return; }
    } catch (_) { /* cross-origin parent: fall through */ }
    window.location.replace(url);
  }
  a.addEventListener("click", leave);
  var count = 0, last = 0;
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Shift" || e.repeat) return;
    var now = Date.now();
    count = now - last > 3000 ? 1 : count + 1;
    last = now;
    if (count >= 3) { leave(); return; }
    if (status) status.textContent = template.replace("{n}", String(3 - count));
  });
})();
