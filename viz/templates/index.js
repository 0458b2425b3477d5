/* The atlas index: lists of regions, parks and chains, and a search over names and aliases (all local). */
(function () {
  "use strict";
  var DATA = CA.data();
  var el = CA.el;
  document.title = DATA.title;
  document.getElementById("title").textContent = DATA.title;
  document.getElementById("summary").textContent = DATA.summary;
  var notes = document.getElementById("notes");
  DATA.notes.forEach(function (n) { notes.appendChild(el("div", "note", n)); });

  function scopeTable(id, rows) {
    var body = document.querySelector("#" + id + " tbody");
    if (!rows.length) {
      var tr0 = el("tr");
      var td0 = el("td", "muted", "无");
      td0.colSpan = 4;
      tr0.appendChild(td0);
      body.appendChild(tr0);
    }
    rows.forEach(function (r) {
      var tr = el("tr");
      var name = el("td");
      name.appendChild(CA.link(r.href, r.name));
      tr.appendChild(name);
      tr.appendChild(el("td", null, r.parents.join("、") || "—"));
      tr.appendChild(el("td", null, r.chains));
      tr.appendChild(el("td", null, r.maps));
      body.appendChild(tr);
    });
  }
  scopeTable("regions", DATA.regions);
  scopeTable("parks", DATA.parks);

  var chainBody = document.querySelector("#chainlist tbody");
  DATA.chains.forEach(function (c) {
    var tr = el("tr");
    tr.appendChild(el("td", null, c.name));
    tr.appendChild(el("td", null, c.reference || "—"));
    var maps = el("td");
    c.maps.forEach(function (m) {
      if (m.href) { maps.appendChild(CA.link(m.href, m.label)); } else { maps.appendChild(el("span", "muted", m.label + "（未生成）")); }
      maps.appendChild(document.createTextNode(" "));
    });
    tr.appendChild(maps);
    chainBody.appendChild(tr);
  });

  var ORDER = { "产业链": 0, "地区": 1, "园区": 2, "环节": 3, "企业": 4, "项目": 5 };
  function key(s) { return s.normalize("NFKC").toLowerCase().replace(/\s+/g, ""); }
  // [rank, the key that matched]: 0 whole key, 1 its start, 2 inside it; 9 no match
  function score(entry, q) {
    var best = [9, null];
    entry.keys.forEach(function (k) {
      var i = k.indexOf(q);
      if (i < 0) { return; }
      var s = k === q ? 0 : i === 0 ? 1 : 2;
      if (s < best[0]) { best = [s, k]; }
    });
    return best;
  }
  var input = document.getElementById("search");
  var results = document.getElementById("results");
  var LIMIT = 50;
  function search() {
    var q = key(input.value);
    results.textContent = "";
    if (!q) { return; }
    var hits = [];
    DATA.search.forEach(function (e) {
      var s = score(e, q);
      if (s[0] < 9) { hits.push([s[0], ORDER[e.kind], e.name.length, e.name, e, s[1]]); }
    });
    hits.sort(function (a, b) {
      for (var i = 0; i < 4; i++) { if (a[i] !== b[i]) { return a[i] < b[i] ? -1 : 1; } }
      return 0;
    });
    if (!hits.length) { results.appendChild(el("li", "muted", "没有找到“" + input.value + "”。")); return; }
    hits.slice(0, LIMIT).forEach(function (h) {
      var e = h[4];
      var li = el("li", "hit");
      li.setAttribute("data-kind", e.kind);
      li.appendChild(el("span", "kind", e.kind));
      li.appendChild(el("strong", "name", e.name));
      if (e.detail) { li.appendChild(el("span", "muted", "  " + e.detail)); }
      if (h[5] !== e.keys[0]) { li.appendChild(el("span", "muted", "  （别名 " + h[5] + "）")); }
      var t = el("div", "targets");
      e.targets.forEach(function (x) {
        if (x.href) { t.appendChild(CA.link(x.href, x.label)); } else { t.appendChild(el("span", "muted", x.label)); }
      });
      if (e.more) { t.appendChild(el("span", "muted", "等另 " + e.more + " 处")); }
      li.appendChild(t);
      results.appendChild(li);
    });
    if (hits.length > LIMIT) { results.appendChild(el("li", "muted", "共 " + hits.length + " 条，只列前 " + LIMIT + " 条。")); }
  }
  input.addEventListener("input", search);
  window.chainatlas = { data: DATA, search: search, ready: true };
  if (input.value) { search(); }
})();
