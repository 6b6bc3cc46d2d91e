// report.html: one self-contained page (charts as inline SVG, inline style and script, no network).
// Nothing on it varies between runs: run times stay in report.json.
import { createHash } from 'node:crypto';
import type { InputError, StanceRecord } from '../schemas.ts';
import { actorStanceSpec, pairMatrixSpec, renderChartSvg, timelineSpec, TOP_MATRIX_ACTORS, TOP_SOURCE_ACTORS } from './charts.ts';
import { escapeHtml } from './escape.ts';
import { evidenceRows } from './evidence.ts';
import { PAGE_CSS, SEARCH_SCRIPT } from './page-assets.ts';
import { stanceColours } from './palette.ts';
import type { StreamedReport } from './report-schema.ts';

// The policy lets only this page's own style and script run and forbids every fetch, so even text
// that slipped past escaping could neither run a script nor call home.
const SCRIPT_HASH = createHash('sha256').update(SEARCH_SCRIPT).digest('base64');
const CSP = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${SCRIPT_HASH}'`;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function section(id: string, title: string, lead: string, body: string): string {
  return `<section id="${id}">\n<h2>${escapeHtml(title)}</h2>\n<p class="lead">${lead}</p>\n${body}\n</section>`;
}

async function chartSection(id: string, title: string, lead: string, spec: Parameters<typeof renderChartSvg>[0] | null, empty: string) {
  const body = spec ? `<figure id="chart-${id}">${await renderChartSvg(spec, `chart-${id}`)}</figure>` : `<p class="empty">${escapeHtml(empty)}</p>`;
  return section(id, title, lead, body);
}

function summaryCards(report: StreamedReport, colourOf: (s: string) => string): string {
  const card = (value: number, label: string) =>
    `<div class="card"><span class="value">${value.toLocaleString('en-US')}</span><span class="label">${label}</span></div>`;
  const t = report.totals;
  return [
    '<div class="cards">',
    card(t.documents, 'documents'),
    card(t.sentences, 'sentences'),
    card(t.records, 'records'),
    ...report.stances.map((s) =>
      card(t.by_stance[s] ?? 0, `<span class="swatch" style="background:${colourOf(s)}"></span>${escapeHtml(s)}`),
    ),
    card(t.negated, 'negated'),
    card(t.errors, 'input errors'),
    '</div>',
  ].join('\n');
}

function evidenceSection(records: StanceRecord[], total: number, colourOf: (s: string) => string): string {
  const { html, omitted } = evidenceRows(records, colourOf, total);
  const shown = total - omitted;
  const lead =
    'Every stance record with the sentence it comes from; the cue is highlighted. Negated records are listed but not counted.' +
    (omitted > 0 ? ` The first ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} records are shown; stances.csv holds them all.` : '');
  const body = [
    '<div class="toolbar">',
    '<input type="search" id="evidence-search" placeholder="Filter by actor, stance, document or words…" aria-label="Filter the evidence table" autocomplete="off">',
    `<output id="evidence-count" for="evidence-search">${plural(shown, 'record')}</output>`,
    '</div>',
    '<div class="table-wrap"><table id="evidence">',
    '<colgroup><col class="date"><col class="doc"><col class="actor"><col class="stance"><col class="actor"><col class="sentence"><col class="conf"></colgroup>',
    '<thead><tr><th>Date</th><th>Document</th><th>Source</th><th>Stance</th><th>Target</th><th>Sentence</th><th>Conf.</th></tr></thead>',
    `<tbody>\n${html}\n</tbody>`,
    '</table></div>',
  ].join('\n');
  return section('evidence-section', 'Evidence', lead, body);
}

function errorsSection(errors: InputError[]): string {
  if (errors.length === 0) return '';
  const rows = errors.map(
    (e) =>
      `<tr><td class="doc">${escapeHtml(e.file)}</td><td class="nowrap">${e.line ?? ''}</td>` +
      `<td class="doc">${escapeHtml(e.doc_id ?? '')}</td><td class="nowrap">${e.code}</td><td>${escapeHtml(e.reason)}</td></tr>`,
  );
  const body =
    '<div class="table-wrap"><table id="errors-table"><thead><tr><th>File</th><th>Line</th><th>Document</th><th>Code</th><th>Reason</th></tr></thead>' +
    `<tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
  return section('errors', 'Input errors', 'Documents or lines that could not be read; none of them is counted above.', body);
}

/**
 * The page, with the evidence table from `records`: all of them, or the first EVIDENCE_ROW_LIMIT of
 * stances.jsonl when `total` says how many there are in all.
 */
export async function renderHtmlReport(report: StreamedReport, records: StanceRecord[], total = records.length): Promise<string> {
  const colours = new Map(report.stances.map((s, i) => [s, stanceColours(report.stances)[i]!]));
  const colourOf = (stance: string) => colours.get(stance) ?? '#7f7f7f';
  const dates = report.timeline.map((d) => d.date);
  const span = dates.length ? ` · ${dates[0]}${dates.length > 1 ? ` to ${dates[dates.length - 1]}` : ''}` : '';
  const stanceList = report.stances.map(escapeHtml).join(', ');

  // One chart after the other: each is drawn whole before the next starts.
  const actorsChart = await chartSection(
    'actors', 'Stances by actor',
    `Stance records per category for the actors who take the most stances (as source), up to ${TOP_SOURCE_ACTORS}.`,
    actorStanceSpec(report), 'No stance records.',
  );
  const pairsChart = await chartSection(
    'pairs', 'Who does what to whom',
    `Net score of each source → target pair among the most involved actors (up to ${TOP_MATRIX_ACTORS}): ` +
      `${escapeHtml(report.net_score.positive.join(' + '))} − ${escapeHtml(report.net_score.negative.join(' − '))}. Green is positive, red negative.`,
    pairMatrixSpec(report), 'No stance has a target actor.',
  );
  const timeline = report.timeline.length
    ? await chartSection('timeline', 'Timeline', 'Stance records per category by document date.', timelineSpec(report), '')
    : '';

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<title>Stance report</title>',
    '<link rel="icon" href="data:,">',
    `<style>${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>Stance report</h1>',
    `<p>${plural(report.totals.documents, 'document')} · ${plural(report.totals.sentences, 'sentence')}${escapeHtml(span)} · stances: ${stanceList}</p>`,
    '</header>',
    '<main>',
    summaryCards(report, colourOf),
    actorsChart,
    pairsChart,
    timeline,
    evidenceSection(records, total, colourOf),
    errorsSection(report.errors),
    '</main>',
    '<footer>Counts leave out negated records. The same data is in report.json, stances.csv, actors.csv, pairs.csv and documents.csv.</footer>',
    `<script>${SEARCH_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n') + '\n';
}
