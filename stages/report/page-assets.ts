// The page's only style sheet and script, inlined: report.html opens from disk with no network.
import { FONT_STACK } from './palette.ts';

export const PAGE_CSS = `
:root { color-scheme: light; --ink: #202124; --muted: #5f6368; --line: #e3e5e8; --panel: #ffffff; --page: #f5f6f8; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink); font: 15px/1.5 ${FONT_STACK}; }
header { background: #1f2a37; color: #fff; padding: 28px 40px 24px; }
header h1 { margin: 0 0 4px; font-size: 26px; font-weight: 650; letter-spacing: -0.01em; }
header p { margin: 0; color: #c9d1db; font-size: 14px; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 40px 48px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(116px, 1fr)); gap: 12px; margin: 0 0 24px; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.card .value { display: block; font-size: 24px; font-weight: 650; font-variant-numeric: tabular-nums; }
.card .label { display: flex; align-items: center; gap: 6px; color: var(--muted); font-size: 13px; }
.swatch { width: 10px; height: 10px; border-radius: 2px; display: inline-block; }
section { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 20px 24px; margin: 0 0 24px; }
section h2 { margin: 0 0 2px; font-size: 18px; font-weight: 650; }
section .lead { margin: 0 0 14px; color: var(--muted); font-size: 13.5px; }
figure { margin: 0; overflow-x: auto; }
figure svg { display: block; max-width: 100%; height: auto; }
.empty { color: var(--muted); font-style: italic; }
.toolbar { display: flex; align-items: center; gap: 14px; margin: 0 0 12px; }
.toolbar input { flex: 0 1 420px; font: inherit; padding: 7px 12px; border: 1px solid #c4c8cd; border-radius: 6px; }
.toolbar input:focus { outline: 2px solid #3a6fb0; outline-offset: 1px; }
.toolbar output { color: var(--muted); font-size: 13.5px; }
.table-wrap { max-height: 720px; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
/* Fixed column widths: the browser lays out thousands of rows without measuring each one. */
#evidence { table-layout: fixed; min-width: 980px; }
#evidence col.date { width: 96px; } #evidence col.doc { width: 120px; } #evidence col.actor { width: 136px; }
#evidence col.stance { width: 96px; } #evidence col.conf { width: 58px; }
th { position: sticky; top: 0; background: #f0f2f4; text-align: left; font-weight: 600; padding: 8px 10px; border-bottom: 1px solid var(--line); z-index: 1; }
td { padding: 8px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
tbody tr:nth-child(even) { background: #fafbfc; }
tr.negated td { color: var(--muted); }
td.nowrap { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.doc { overflow-wrap: anywhere; max-width: 160px; }
#evidence td { overflow-wrap: break-word; }
td.sentence { min-width: 320px; line-height: 1.45; }
td.none { color: #9aa0a6; }
.actor { font-weight: 600; }
.detail { display: block; color: var(--muted); font-size: 12px; }
mark { background: #ffe58a; color: inherit; padding: 0 2px; border-radius: 2px; }
.badge { display: inline-block; color: #fff; font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 10px; }
.flag { display: block; width: fit-content; margin-top: 4px; font-size: 11px; color: var(--muted); border: 1px solid #c4c8cd; border-radius: 10px; padding: 0 6px; }
.flag.negated { color: #a4342e; border-color: #e2aaa6; }
footer { color: var(--muted); font-size: 12.5px; text-align: center; padding: 0 0 32px; }
`;

// Filters the evidence rows: every word typed must occur somewhere in the row's text.
export const SEARCH_SCRIPT = `
(() => {
  const box = document.getElementById('evidence-search');
  const counter = document.getElementById('evidence-count');
  if (!box || !counter) return;
  const rows = Array.from(document.querySelectorAll('#evidence tbody tr'));
  const texts = rows.map((row) => row.textContent.toLowerCase());
  const filter = () => {
    const words = box.value.toLowerCase().split(/\\s+/).filter(Boolean);
    let shown = 0;
    rows.forEach((row, i) => {
      const match = words.every((w) => texts[i].includes(w));
      if (row.hidden === match) row.hidden = !match;
      if (match) shown += 1;
    });
    counter.textContent = shown === rows.length ? rows.length + ' records' : shown + ' of ' + rows.length + ' records';
  };
  // Filter once typing pauses: re-laying out thousands of rows on every key would make typing lag.
  let timer = 0;
  box.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(filter, 120);
  });
  filter();
})();
`;
