// parley web app: the little behaviour the pages need. No inline script anywhere (CSP).
"use strict";

function showOnly(selector, ids, hint) {
  document.querySelectorAll(selector).forEach(function (el) { el.hidden = true; });
  var shown = 0;
  ids.forEach(function (id) {
    var el = document.getElementById(id);
    if (el) { el.hidden = false; shown += 1; }
  });
  if (hint) { hint.hidden = shown > 0; }
  return shown;
}

function wireHighlights() {
  var article = document.getElementById("article");
  if (!article) { return; }
  var hint = document.getElementById("details-hint");
  function select(mark) {
    article.querySelectorAll("mark.selected").forEach(function (m) { m.classList.remove("selected"); });
    mark.classList.add("selected");
    var ids = (mark.getAttribute("data-st") || "").split(" ").filter(Boolean).map(function (id) { return "st-" + id; });
    showOnly("#details .detail", ids, hint);
  }
  article.addEventListener("click", function (event) {
    var mark = event.target.closest("mark.st");
    if (mark) { select(mark); }
  });
  article.addEventListener("keydown", function (event) {
    var mark = event.target.closest("mark.st");
    if (mark && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); select(mark); }
  });
  // /sources/ID#st-123 opens with that statement selected
  var wanted = window.location.hash.replace("#st-", "");
  if (wanted) {
    var marks = article.querySelectorAll("mark.st");
    for (var i = 0; i < marks.length; i += 1) {
      if ((" " + marks[i].getAttribute("data-st") + " ").indexOf(" " + wanted + " ") >= 0) {
        select(marks[i]);
        marks[i].scrollIntoView({ block: "center" });
        break;
      }
    }
  }
}

function wireMatrix() {
  var matrix = document.getElementById("matrix");
  if (!matrix) { return; }
  var hint = document.getElementById("evidence-hint");
  matrix.addEventListener("click", function (event) {
    var cell = event.target.closest("button.cell");
    if (!cell) { return; }
    matrix.querySelectorAll("button.selected").forEach(function (b) { b.classList.remove("selected"); });
    cell.classList.add("selected");
    showOnly("#evidence .cell-evidence", [cell.getAttribute("data-evidence")], hint);
  });
}

function wireAutoSubmit() {
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
}

document.addEventListener("DOMContentLoaded", function () {
  wireHighlights();
  wireMatrix();
  wireAutoSubmit();
});
