(function () {
  "use strict";
  // Links figures to their evidence: hover or focus previews, a click pins.
  // Reads only data-* attributes the renderer wrote; never builds markup.
  var live = document.getElementById("live");
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark[data-figs]"));

  function ids(el) {
    return (el.getAttribute("data-hl") || el.getAttribute("data-figs") || "").split(" ").filter(Boolean);
  }

  function marksFor(wanted) {
    return marks.filter(function (m) {
      return ids(m).some(function (id) { return wanted.indexOf(id) >= 0; });
    });
  }

  function setClass(list, name, on) {
    list.forEach(function (el) { el.classList.toggle(name, on); });
  }

  function figureOf(target) {
    return target && target.closest ? target.closest(".fig[data-hl]") : null;
  }

  function preview(event, on) {
    var fig = figureOf(event.target);
    if (fig) { setClass(marksFor(ids(fig)), "hl", on); }
  }

  function pin(fig) {
    var wasPressed = fig.querySelector(".val").getAttribute("aria-pressed") === "true";
    setClass(marks, "pinned", false);
    document.querySelectorAll(".fig .val[aria-pressed='true']").forEach(function (b) {
      b.setAttribute("aria-pressed", "false");
    });
    if (wasPressed) { live.textContent = "Highlight cleared."; return; }
    var found = marksFor(ids(fig));
    setClass(found, "pinned", true);
    fig.querySelector(".val").setAttribute("aria-pressed", "true");
    var articles = {};
    found.forEach(function (m) { articles[m.closest("article").id] = true; });
    live.textContent = found.length
      ? "Evidence highlighted in " + Object.keys(articles).length + " article(s)."
      : "No located evidence for this figure.";
    if (found.length) { found[0].scrollIntoView({ block: "center", behavior: "smooth" }); }
  }

  // A link to #fig-<id> opens the report with that figure's evidence pinned.
  function pinFromHash() {
    var target = location.hash.indexOf("#fig-") === 0 ? document.getElementById(location.hash.slice(1)) : null;
    if (target && target.querySelector(".val").getAttribute("aria-pressed") !== "true") { pin(target); }
  }
  window.addEventListener("hashchange", pinFromHash);
  pinFromHash();

  document.addEventListener("mouseover", function (e) { preview(e, true); });
  document.addEventListener("mouseout", function (e) { preview(e, false); });
  document.addEventListener("focusin", function (e) { preview(e, true); });
  document.addEventListener("focusout", function (e) { preview(e, false); });
  document.addEventListener("click", function (e) {
    var button = e.target.closest ? e.target.closest(".fig .val") : null;
    if (button) { pin(figureOf(button)); return; }
    var mark = e.target.closest ? e.target.closest("mark[data-figs]") : null;
    if (mark) {
      var own = ids(mark);
      document.querySelectorAll(".fig[data-hl]").forEach(function (fig) {
        fig.classList.toggle("active", ids(fig).some(function (id) { return own.indexOf(id) >= 0; }));
      });
    }
  });
})();
