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
  function inline(node, out, figs, paraSep) {
    for (const ch of node.childNodes) {
      if (ch.nodeType === Node.TEXT_NODE) { out.s += ch.data.replace(/\u00a0/g, " "); continue; }
      if (ch.nodeType !== Node.ELEMENT_NODE || ch.classList.contains("back")) continue;
      if (ch.tagName === "BR") { out.s += "\n"; continue; }
      if (ch.matches("a.fig")) {
        const start = out.s.length;
        out.s += ch.textContent.replace(/\u00a0/g, " ");
        figs.push({start: start, end: out.s.length, fact_id: ch.dataset.fact});
        continue;
      }
      if (/^(DIV|P)$/.test(ch.tagName) && ch.previousSibling) out.s += paraSep;  // Enter made a new paragraph
      inline(ch, out, figs, paraSep);
    }
  }
  function serialize() {
    const out = {s: ""}, figs = [];
    for (const b of blocks()) {
      out.s += b.dataset.sep === undefined ? "\n\n" : b.dataset.sep;
      const kind = b.dataset.kind || "p";
      const el = b.firstElementChild || b;
      if (kind[0] === "h") { out.s += "#".repeat(+kind[1]) + " "; inline(el, out, figs, " "); }
      else if (kind === "ul") {
        el.querySelectorAll("li").forEach((li, i) => { if (i) out.s += "\n"; out.s += "- "; inline(li, out, figs, " "); });
      } else inline(el, out, figs, "\n\n");
    }
    out.s += article.dataset.tail || "";
    return {text: out.s, figures: figs};
  }

  function startEditing() {
    document.body.classList.add("editing");
    blocks().forEach((b) => { (b.firstElementChild || b).contentEditable = "true"; });
    article.querySelectorAll("a.fig").forEach((a) => { a.contentEditable = "false"; });
    const first = article.querySelector("[contenteditable=true]");
    if (first) first.focus();
  }
  function stopEditing() { location.reload(); }
  function save() {
    const {text, figures} = serialize();
    document.getElementById("edit-form-text").value = text;
    document.getElementById("edit-form-figures").value = JSON.stringify(figures);
    document.getElementById("edit-form").submit();
  }
  document.getElementById("edit").addEventListener("click", startEditing);
  document.getElementById("save").addEventListener("click", save);
  document.getElementById("cancel").addEventListener("click", stopEditing);

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
    if (sel.rangeCount && article.contains(sel.anchorNode) && document.body.classList.contains("editing")) {
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
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && document.body.classList.contains("editing")) { stopEditing(); return; }
    if (typing(ev) || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const go = (id) => { const a = document.getElementById(id); if (a) location.href = a.href; };
    if (ev.key === "j") go("next");
    else if (ev.key === "k") go("prev");
    else if (ev.key === "e") { ev.preventDefault(); startEditing(); }
    else if (ev.key === "?") document.getElementById("keys-help").hidden ^= true;
    else if (ev.key === "a") {
      const form = document.getElementById("approve-form");
      const override = document.getElementById("override");
      if (override && !override.checked) { override.focus(); override.parentElement.classList.add("flash"); return; }
      const then = document.createElement("input");
      then.type = "hidden"; then.name = "then"; then.value = "next";
      form.appendChild(then);
      form.submit();
    }
  });
}
