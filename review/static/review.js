// marketdesk review: editing in place, picking facts, keyboard navigation.
// The pages work without it (plain-text edit box, links); this adds what a desk expects.
"use strict";
document.body.classList.add("js");

function typing(ev) {
  const t = ev.target;
  return t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
}

// ---- queue: j/k move, Enter opens ------------------------------------------------
const queue = document.getElementById("queue");
if (queue) {
  const rows = [...queue.querySelectorAll("tbody tr[data-href]")];
  let at = -1;
  const show = (i) => {
    if (!rows.length) return;
    at = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach((r, j) => r.classList.toggle("current", j === at));
    rows[at].scrollIntoView({block: "nearest"});
  };
  document.addEventListener("keydown", (ev) => {
    if (typing(ev) || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === "j") show(at + 1);
    else if (ev.key === "k") show(at - 1);
    else if ((ev.key === "Enter" || ev.key === "o") && at >= 0) location.href = rows[at].dataset.href;
  });
}

// ---- draft page ------------------------------------------------------------------
const article = document.getElementById("article");
const toolbar = document.getElementById("toolbar");
if (article && toolbar) {
  const blocks = () => [...article.querySelectorAll(".block")];
  let savedRange = null;
  let selectedFig = null;

  // The article back to the stored text: each block's separator, its Markdown prefix and
  // its text; figures are recorded with their offsets and fact ids as they are met.
  // Offsets count code points, as the server does: an emoji is two UTF-16 units in
  // JavaScript and one character in Python.
  const codePoints = (t) => t.length - (t.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g) || []).length;
  function add(out, t) { out.s += t; out.n += codePoints(t); }
  function trimNewlines(out) {  // no figure ends in trailing newlines: safe to drop them
    const m = out.s.match(/\n+$/);
    if (m && out.s.length > out.from) {
      const k = Math.min(m[0].length, out.s.length - out.from);
      out.s = out.s.slice(0, out.s.length - k); out.n -= k;
    }
  }
  function inline(node, out, figs, paraSep) {
    for (const ch of node.childNodes) {
      if (ch.nodeType === Node.TEXT_NODE) { add(out, ch.data); continue; }
      if (ch.nodeType !== Node.ELEMENT_NODE || ch.classList.contains("back")) continue;
      if (ch.tagName === "BR") { if (ch.nextSibling) add(out, "\n"); continue; }  // a trailing <br> is the editor's
      if (ch.matches("a.fig")) {
        const start = out.n;
        add(out, ch.textContent);
        figs.push({start: start, end: out.n, fact_id: ch.dataset.fact});
        continue;
      }
      if (/^(DIV|P)$/.test(ch.tagName)) {  // Enter made a new paragraph (or line, in a heading)
        trimNewlines(out);
        if (out.s.length > out.from && !out.s.endsWith(paraSep)) add(out, paraSep);
      }
      inline(ch, out, figs, paraSep);
    }
  }
  function serialize() {
    const out = {s: "", n: 0, from: 0}, figs = [];
    for (const b of blocks()) {
      const kind = b.dataset.kind || "p";
      const el = b.firstElementChild || b;
      const mark = {s: out.s, n: out.n, figs: figs.length};
      add(out, b.dataset.sep === undefined ? "\n\n" : b.dataset.sep);
      out.from = out.s.length;
      if (kind[0] === "h") { add(out, "#".repeat(+kind[1]) + " "); inline(el, out, figs, " "); }
      else if (kind === "ul") {
        el.querySelectorAll("li").forEach((li, i) => { if (i) add(out, "\n"); add(out, "- "); inline(li, out, figs, " "); });
      } else inline(el, out, figs, "\n\n");
      trimNewlines(out);
      if (!out.s.slice(out.from).replace(/^#+ |^- /, "").trim()) {  // an emptied block goes, separator and all
        out.s = mark.s; out.n = mark.n; figs.length = mark.figs;
      }
    }
    add(out, article.dataset.tail || "");
    return {text: out.s, figures: figs};
  }

  let original = null;
  const editing = () => document.body.classList.contains("editing");
  const dirty = () => editing() && original !== null && serialize().text !== original.text;
  function startEditing() {
    if (editing()) return;
    document.body.classList.add("editing");
    blocks().forEach((b) => { (b.firstElementChild || b).contentEditable = "true"; });
    article.querySelectorAll("a.fig, sup.back").forEach((a) => { a.contentEditable = "false"; });
    savedRange = null;  // an insert goes where the editor clicks or selects, never to a default place
    original = serialize();
  }
  function stopEditing() {
    if (dirty() && !confirm("Throw away your changes to this draft?")) return;
    original = null;
    location.reload();
  }
  function save() {
    const {text, figures} = serialize();
    original = null;  // leaving the page to save is not leaving it unsaved
    document.getElementById("edit-form-text").value = text;
    document.getElementById("edit-form-figures").value = JSON.stringify(figures);
    document.getElementById("edit-form").submit();
  }
  window.addEventListener("beforeunload", (ev) => { if (dirty()) { ev.preventDefault(); ev.returnValue = ""; } });
  document.getElementById("edit").addEventListener("click", startEditing);
  document.getElementById("save").addEventListener("click", save);
  document.getElementById("cancel").addEventListener("click", stopEditing);
  // Pasted text comes in as text: a pasted figure or paragraph would bring its markup along.
  article.addEventListener("paste", (ev) => {
    if (!editing()) return;
    ev.preventDefault();
    document.execCommand("insertText", false, (ev.clipboardData || window.clipboardData).getData("text/plain"));
  });

  // In edit mode a figure is a unit: clicking it selects it for replacement, not a link.
  article.addEventListener("click", (ev) => {
    const fig = ev.target.closest("a.fig");
    if (!document.body.classList.contains("editing")) return;
    if (fig) {
      ev.preventDefault();
      if (selectedFig) selectedFig.classList.remove("selected");
      selectedFig = fig;
      fig.classList.add("selected");
      savedRange = null;
      const fact = document.getElementById("fact-" + fig.dataset.fact);
      if (fact) fact.scrollIntoView({block: "nearest"});
    } else if (selectedFig) { selectedFig.classList.remove("selected"); selectedFig = null; }
  });
  document.addEventListener("selectionchange", () => {
    const sel = document.getSelection();
    const node = sel.anchorNode && (sel.anchorNode.nodeType === Node.ELEMENT_NODE ? sel.anchorNode : sel.anchorNode.parentElement);
    if (sel.rangeCount && editing() && node && node.closest("[contenteditable=true]") && article.contains(node)) {
      savedRange = sel.getRangeAt(0).cloneRange();
    }
  });
  document.querySelectorAll("button.insert").forEach((btn) => btn.addEventListener("click", () => {
    const fig = document.createElement("a");
    fig.className = "fig picked";
    fig.href = "#fact-" + btn.dataset.fact;
    fig.dataset.fact = btn.dataset.fact;
    fig.contentEditable = "false";
    fig.textContent = btn.dataset.text;
    if (selectedFig) {
      // A flagged figure sits inside its <mark>: the replacement takes the mark's place.
      const mark = selectedFig.closest("mark");
      const old = mark && mark.textContent === selectedFig.textContent ? mark : selectedFig;
      const back = old.nextElementSibling && old.nextElementSibling.classList.contains("back") ? old.nextElementSibling : null;
      old.replaceWith(fig);
      if (back) back.remove();
      selectedFig = null;
    } else if (savedRange) {
      savedRange.deleteContents();
      savedRange.insertNode(fig);
      savedRange = null;
    } else {
      alert("Click a figure or select words in the text first, then pick the fact.");
      return;
    }
    fig.classList.add("flash");
  }));

  // Keyboard: j/k next/previous draft, e edit, a approve (and go on), ? help, Esc cancel.
  // None of them while editing: a key there is text (or a click on "insert" away from it).
  document.addEventListener("keydown", (ev) => {
    const help = document.getElementById("keys-help");
    if (ev.key === "Escape") { if (!help.hidden) help.hidden = true; else if (editing()) stopEditing(); return; }
    if (editing() || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const override = document.getElementById("override");
    if (typing(ev) && !(ev.target === override && ev.key === "a")) return;
    const go = (id) => { const a = document.getElementById(id); if (a) location.href = a.href; };
    if (ev.key === "j") go("next");
    else if (ev.key === "k") go("prev");
    else if (ev.key === "e") { ev.preventDefault(); startEditing(); }
    else if (ev.key === "?") help.hidden = !help.hidden;
    else if (ev.key === "a") {
      const form = document.getElementById("approve-form");
      if (!form) return;  // approved already
      if (override && !override.checked) {  // errors: Space ticks "despite", then a again
        override.focus(); override.parentElement.classList.add("flash"); return;
      }
      const then = document.createElement("input");
      then.type = "hidden"; then.name = "then"; then.value = "next";
      form.appendChild(then);
      form.submit();
    }
  });
}
