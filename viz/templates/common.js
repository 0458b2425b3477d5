/* ChainAtlas page helpers. Every name from a document is data: it reaches the page as JSON and is shown with
   textContent, never parsed as HTML. */
var CA = (function () {
  "use strict";
  function data() { return JSON.parse(document.getElementById("chainatlas-data").textContent); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  // hrefs are relative paths the generator wrote; anything else (a scheme, "..//", quotes) becomes "#"
  function safeHref(h) {
    return (typeof h === "string" && /^(\.\.\/)*[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*\.html(#[A-Za-z0-9_-]*)?$/.test(h)) ? h : "#";
  }
  function link(href, text) {
    var a = el("a", null, text);
    a.setAttribute("href", safeHref(href));
    return a;
  }
  function nav(container, items) {
    (items || []).forEach(function (it) { container.appendChild(link(it.href, it.label)); });
  }
  function swatch(item) {
    var sw = el("span", "sw");
    sw.style.background = item.color || "#ffffff";
    if (item.border) { sw.style.borderColor = item.border; }
    if (item.width) { sw.style.borderWidth = item.width + "px"; }
    if (item.dashed) { sw.style.borderStyle = "dashed"; }
    if (item.radius) { sw.style.borderRadius = item.radius + "px"; }
    return sw;
  }
  function legend(container, items) {
    (items || []).forEach(function (item) {
      var e = el("span", "legend-item");
      e.setAttribute("data-key", item.key);
      e.appendChild(swatch(item));
      e.appendChild(document.createTextNode(item.label));
      if (item.title) { e.title = item.title; }
      container.appendChild(e);
    });
  }
  return { data: data, el: el, link: link, safeHref: safeHref, nav: nav, legend: legend, swatch: swatch };
})();
