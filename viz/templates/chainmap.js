/* The chain map: vis-network with positions computed by ChainAtlas (no physics, so the picture is the same on
   every run and a large map is usable as soon as it is drawn). */
(function () {
  "use strict";
  var DATA = CA.data();
  var el = CA.el;
  if (location.hash === "#export") { document.body.classList.add("export"); }
  document.title = DATA.title + " · ChainAtlas";
  document.getElementById("title").textContent = DATA.title;
  CA.nav(document.getElementById("nav"), DATA.nav);
  document.getElementById("summary").textContent = DATA.summary.text;
  CA.legend(document.getElementById("legend"), DATA.legend);
  var header = document.getElementById("header");
  function fitHeader() { document.body.style.setProperty("--header-height", header.offsetHeight + "px"); }
  fitHeader();

  var state = window.chainatlas = { data: DATA, drawn: false, stabilized: false, settled: false,
                                    started: performance.now(), drawnAt: null };
  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var network = new vis.Network(document.getElementById("network"), { nodes: nodes, edges: edges }, DATA.options);
  state.network = network;
  state.nodes = nodes;
  state.edges = edges;
  // positions are fixed and physics is off: the first frame is the settled layout
  network.once("afterDrawing", function () {
    state.drawnAt = performance.now();
    state.drawn = state.stabilized = state.settled = true;
  });
  window.addEventListener("resize", fitHeader);

  var panel = document.getElementById("evidence");

  function facts(pairs) {
    var dl = el("dl", "facts");
    pairs.forEach(function (p) { dl.appendChild(el("dt", null, p[0])); dl.appendChild(el("dd", null, p[1])); });
    return dl;
  }

  function overview() {
    panel.textContent = "";
    panel.appendChild(el("h2", null, "缺口（按优先级）"));
    if (!DATA.summary.gaps.length) { panel.appendChild(el("div", "muted", "该范围内本链没有缺口。")); }
    var ul = el("ul", "gaplist");
    DATA.summary.gaps.forEach(function (g) {
      var li = el("li", null, g.name + " · " + g.gap_kind + " · 优先级 " + g.priority + (g.wanted ? " · 规划招引" : ""));
      li.setAttribute("data-id", g.id);
      li.addEventListener("click", function () { select(g.id); });
      ul.appendChild(li);
    });
    panel.appendChild(ul);
    panel.appendChild(el("p", "muted", "点击图中的环节、企业或项目，查看其依据的原文句子与来源文件。"));
  }

  function show(id) {
    var info = DATA.evidence[id];
    panel.textContent = "";
    if (!info) { overview(); return; }
    panel.appendChild(el("h2", null, info.title));
    var badges = el("div");
    (info.badges || []).forEach(function (b) {
      var s = el("span", "badge", b.text);
      s.style.background = b.color;
      s.style.color = b.font || "#222";
      badges.appendChild(s);
    });
    panel.appendChild(badges);
    if (info.facts && info.facts.length) { panel.appendChild(facts(info.facts)); }
    (info.lists || []).forEach(function (l) {
      panel.appendChild(el("h3", null, l.label + "（" + l.items.length + "）"));
      var ul = el("ul");
      l.items.forEach(function (t) { ul.appendChild(el("li", null, t)); });
      panel.appendChild(ul);
    });
    panel.appendChild(el("h3", null, "证据（原文句子）"));
    if (!info.items.length) { panel.appendChild(el("div", "ev muted", info.empty || "没有记录到原文句子。")); }
    info.items.forEach(function (ev) {
      var box = el("div", "ev", ev.sentence);
      box.appendChild(el("div", "doc", ev.document + (ev.file && ev.file !== ev.document ? "（" + ev.file + "）" : "") +
                                      (ev.confidence !== null ? "  ·  置信度 " + ev.confidence : "")));
      panel.appendChild(box);
    });
    if (info.more) { panel.appendChild(el("div", "muted", "另有 " + info.more + " 条未列出。")); }
  }

  function select(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 0.8), animation: false });
    show(id);
  }

  function setSatellites(on) {
    var update = [];
    DATA.nodes.forEach(function (n) {
      if (n.nodetype === "link") {
        var p = on ? [n.x, n.y] : DATA.compact[n.id];
        update.push({ id: n.id, x: p[0], y: p[1] });
      } else {
        update.push({ id: n.id, hidden: !on });
      }
    });
    nodes.update(update);
    network.fit({ animation: false });
  }

  state.show = show;
  state.select = select;
  state.overview = overview;
  state.setSatellites = setSatellites;
  state.refit = function () { fitHeader(); network.redraw(); network.fit({ animation: false }); };
  network.on("click", function (params) {
    if (params.nodes.length) { show(params.nodes[0]); } else { overview(); }
  });
  document.getElementById("satellites").addEventListener("change", function (e) { setSatellites(e.target.checked); });
  overview();
})();
