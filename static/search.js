// Commune suggestions while typing, from our own API. The plain form works without it.
(function () {
  var input = document.getElementById("lieu");
  var list = document.getElementById("lieu-suggestions");
  if (!input || !list || !window.fetch) return;
  var timer = null, seq = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) return;
    timer = setTimeout(function () {
      var mine = ++seq;
      fetch("/api/v1/communes?limit=8&q=" + encodeURIComponent(q), { credentials: "omit", referrerPolicy: "no-referrer" })
        .then(function (r) { return r.ok ? r.json() : { communes: [] }; })
        .then(function (d) {
          if (mine !== seq) return;
          while (list.firstChild) list.removeChild(list.firstChild);
          d.communes.forEach(function (c) {
            var o = document.createElement("option");
            o.value = c.name + " " + c.departement.code;
            list.appendChild(o);
          });
        })
        .catch(function () {});
    }, 150);
  });
})();
