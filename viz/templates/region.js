/* The region page: one row a chain, built from the page's JSON with textContent. */
(function () {
  "use strict";
  var DATA = CA.data();
  var el = CA.el;
  document.title = DATA.title + " · ChainAtlas";
  document.getElementById("title").textContent = DATA.title;
  CA.nav(document.getElementById("nav"), DATA.nav);
  document.getElementById("summary").textContent = DATA.summary;
  CA.legend(document.getElementById("legend"), DATA.legend);
  var notes = document.getElementById("notes");
  DATA.notes.forEach(function (n) { notes.appendChild(el("div", "note", n)); });
  var body = document.querySelector("#chains tbody");
  if (!DATA.chains.length) {
    var tr0 = el("tr");
    var td0 = el("td", "muted", "没有涉及该范围的产业链。");
    td0.colSpan = 5;
    tr0.appendChild(td0);
    body.appendChild(tr0);
  }
  DATA.chains.forEach(function (c) {
    var tr = el("tr", "chain-row");
    tr.setAttribute("data-chain", c.id);
    var name = el("td");
    name.appendChild(c.href ? CA.link(c.href, c.name) : el("span", null, c.name));
    if (c.reference) { name.appendChild(el("div", "muted", "参考链：" + c.reference)); }
    if (!c.href) { name.appendChild(el("div", "muted", "（未生成地图）")); }
    tr.appendChild(name);

    var comp = el("td");
    var wrap = el("div");
    wrap.style.display = "flex";
    wrap.style.alignItems = "center";
    var bar = el("div", "cbar");
    bar.title = "完整度：非空白环节占比";
    DATA.ratings.forEach(function (k) {
      if (!c.counts[k] || !c.links) { return; }
      var seg = el("span");
      seg.style.width = (100 * c.counts[k] / c.links) + "%";
      seg.style.background = DATA.colors[k];
      seg.title = k + " " + c.counts[k];
      bar.appendChild(seg);
    });
    wrap.appendChild(bar);
    wrap.appendChild(el("span", "pct", c.percent));
    comp.appendChild(wrap);
    tr.appendChild(comp);

    var strip = el("td");
    var s = el("div", "strip");
    c.strip.forEach(function (l) {
      var sq = el("span", l[2] === "断点" ? "break" : null);
      sq.style.background = DATA.colors[l[1]];
      sq.title = l[0] + " · " + l[1] + (l[2] ? " · " + l[2] : "");
      s.appendChild(sq);
    });
    strip.appendChild(s);
    tr.appendChild(strip);

    var counts = el("td", "counts");
    counts.appendChild(el("div", null, DATA.ratings.map(function (k) { return c.counts[k]; }).join(" / ")));
    counts.appendChild(el("div", "muted", "企业 " + c.enterprises + " · 项目 " + c.projects));
    tr.appendChild(counts);
    var gaps = el("td");
    c.gaps.forEach(function (g) {
      gaps.appendChild(el("div", null, g.name + "（" + g.gap_kind + " P" + g.priority + (g.wanted ? " 招引" : "") + "）"));
    });
    if (c.n_gaps > c.gaps.length) { gaps.appendChild(el("div", "muted", "共 " + c.n_gaps + " 个缺口")); }
    if (!c.n_gaps) { gaps.appendChild(el("span", "muted", "无")); }
    tr.appendChild(gaps);
    body.appendChild(tr);
  });
})();
