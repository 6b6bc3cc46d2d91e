// The report's charts: declarative Vega-Lite specs, compiled and drawn to SVG strings in Node.
import type { TopLevelSpec } from 'vega-lite';
import type { ActorRef } from '../schemas.ts';
import { FONT_STACK, NET_COLOURS, stanceColours } from './palette.ts';
import type { StreamedReport } from './report-schema.ts';
import { compareText } from '../records.ts';

export const TOP_SOURCE_ACTORS = 15;
export const TOP_MATRIX_ACTORS = 12;
const CHART_WIDTH = 760;

const CONFIG = {
  font: FONT_STACK,
  // Bars and cells carry no ARIA text: the evidence table and the CSVs are the accessible form of the data.
  aria: false,
  background: '#ffffff',
  padding: 8,
  view: { stroke: null },
  axis: {
    labelFontSize: 12, titleFontSize: 12, titleFontWeight: 600, titlePadding: 10,
    labelColor: '#3c4043', titleColor: '#202124', domainColor: '#9aa0a6', tickColor: '#9aa0a6', gridColor: '#ececec',
  },
  legend: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 600, labelColor: '#3c4043', titleColor: '#202124' },
};

/** Names label the charts; two actors sharing a name are told apart by their ids. */
export function actorLabels(actors: ActorRef[]): Map<string, string> {
  const byName = new Map<string, number>();
  for (const a of actors) byName.set(a.name, (byName.get(a.name) ?? 0) + 1);
  return new Map(actors.map((a) => [a.id, (byName.get(a.name) ?? 0) > 1 ? `${a.name} [${a.id}]` : a.name]));
}

function stanceColour(report: StreamedReport) {
  return {
    field: 'stance', type: 'nominal', title: 'Stance',
    scale: { domain: report.stances, range: stanceColours(report.stances) },
    legend: { orient: 'top', direction: 'horizontal', symbolType: 'square' },
  } as const;
}

/** Stacked bars: records per stance for each of the top source actors; null when nothing to draw. */
export function actorStanceSpec(report: StreamedReport): TopLevelSpec | null {
  const top = report.actors
    .filter((a) => a.as_source.total > 0)
    .sort((a, b) => b.as_source.total - a.as_source.total || compareText(a.id, b.id))
    .slice(0, TOP_SOURCE_ACTORS);
  if (top.length === 0) return null;
  const labels = actorLabels(report.actors);
  const values = top.flatMap((a) =>
    report.stances
      .map((stance, rank) => ({ actor: labels.get(a.id)!, stance, rank, count: a.as_source.by_stance[stance] ?? 0 }))
      .filter((v) => v.count > 0),
  );
  return {
    width: CHART_WIDTH,
    height: { step: 26 },
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: {
        field: 'actor', type: 'nominal', sort: top.map((a) => labels.get(a.id)!), title: null,
        scale: { paddingInner: 0.3, paddingOuter: 0.15 }, axis: { labelLimit: 240, labelPadding: 8, ticks: false, domain: false },
      },
      x: { field: 'count', type: 'quantitative', stack: 'zero', title: 'Stance records as source', axis: { tickMinStep: 1, format: 'd' } },
      color: stanceColour(report),
      order: { field: 'rank', type: 'quantitative' },
    },
    config: CONFIG,
  } as TopLevelSpec;
}

/** Who does what to whom: net score of each source → target pair among the most involved actors. */
export function pairMatrixSpec(report: StreamedReport): TopLevelSpec | null {
  const targeted = report.pairs.filter((p) => p.target !== null);
  const involvement = new Map<string, number>();
  for (const p of targeted) {
    for (const id of [p.source.id, p.target!.id]) involvement.set(id, (involvement.get(id) ?? 0) + p.total);
  }
  const ranked = [...involvement.entries()]
    .sort(([a, n], [b, m]) => m - n || compareText(a, b))
    .slice(0, TOP_MATRIX_ACTORS)
    .map(([id]) => id);
  const top = new Set(ranked);
  const cells = targeted.filter((p) => top.has(p.source.id) && top.has(p.target!.id));
  if (cells.length === 0) return null;
  const labels = actorLabels(report.actors);
  const sources = ranked.filter((id) => cells.some((p) => p.source.id === id));
  const targets = ranked.filter((id) => cells.some((p) => p.target!.id === id));
  const values = cells.map((p) => ({
    source: labels.get(p.source.id)!,
    target: labels.get(p.target!.id)!,
    net: p.net,
    label: p.net > 0 ? `+${p.net}` : p.net < 0 ? `\u2212${-p.net}` : '0',
  }));
  // Every source × target as a pale cell, so the grid reads as a matrix even where no stance was taken.
  const grid = sources.flatMap((s) => targets.map((t) => ({ source: labels.get(s)!, target: labels.get(t)! })));
  const order = (ids: string[]) => ids.map((id) => labels.get(id)!);
  const extent = Math.max(1, ...values.map((v) => Math.abs(v.net)));
  const cell = { type: 'rect', stroke: '#ffffff', strokeWidth: 2, cornerRadius: 3 } as const;
  return {
    width: { step: 54 },
    height: { step: 36 },
    encoding: {
      x: { field: 'target', type: 'nominal', sort: order(targets), title: 'Target', axis: { orient: 'top', labelAngle: -35, labelLimit: 160, labelPadding: 6, ticks: false, domain: false } },
      y: { field: 'source', type: 'nominal', sort: order(sources), title: 'Source', axis: { labelLimit: 200, labelPadding: 8, ticks: false, domain: false } },
    },
    layer: [
      { data: { values: grid }, mark: { ...cell, fill: '#f1f3f5' } },
      {
        data: { values },
        mark: cell,
        encoding: {
          color: {
            field: 'net', type: 'quantitative', title: 'Net score',
            scale: { domain: [-extent, 0, extent], range: [NET_COLOURS.negative, NET_COLOURS.neutral, NET_COLOURS.positive] },
            legend: { orient: 'right', gradientLength: 120, tickMinStep: 1, format: 'd' },
          },
        },
      },
      {
        data: { values },
        mark: { type: 'text', fontSize: 12, fontWeight: 600 },
        encoding: {
          text: { field: 'label', type: 'nominal' },
          color: { condition: { test: `abs(datum.net) > ${extent / 2}`, value: '#ffffff' }, value: '#202124' },
        },
      },
    ],
    config: CONFIG,
  } as TopLevelSpec;
}

/** Stacked bars of records per stance per document date; null when no counted record has a dated document. */
export function timelineSpec(report: StreamedReport): TopLevelSpec | null {
  if (report.timeline.length === 0) return null;
  const values = report.timeline.flatMap((d) =>
    report.stances
      .map((stance, rank) => ({ date: d.date, stance, rank, count: d.by_stance[stance] ?? 0 }))
      .filter((v) => v.count > 0),
  );
  const day = 86_400_000;
  const first = Date.parse(report.timeline[0]!.date);
  const days = Math.round((Date.parse(report.timeline[report.timeline.length - 1]!.date) - first) / day) + 1;
  // A malformed date (2025-02-30) parses to NaN: fall back to a middling bar.
  const barWidth = Number.isFinite(days) ? Math.max(2, Math.min(28, Math.floor((CHART_WIDTH / days) * 0.7))) : 12;
  // A tick on each date while they are few; past that, the axis picks round dates.
  const ticks = report.timeline.length <= 10 ? { values: report.timeline.map((d) => Date.parse(d.date)).filter(Number.isFinite) } : { tickCount: 8 };
  return {
    width: CHART_WIDTH,
    height: 200,
    data: { values },
    mark: { type: 'bar', width: barWidth },
    encoding: {
      // UTC throughout: a date must not move a day with the time zone of the machine drawing it.
      x: {
        field: 'date', type: 'temporal', timeUnit: 'utcyearmonthdate', title: 'Document date',
        scale: { type: 'utc', nice: false, padding: barWidth },
        axis: { format: '%Y-%m-%d', labelAngle: 0, labelOverlap: true, grid: false, ...ticks },
      },
      y: { field: 'count', type: 'quantitative', stack: 'zero', title: 'Stance records', axis: { tickMinStep: 1, format: 'd' } },
      color: stanceColour(report),
      order: { field: 'rank', type: 'quantitative' },
    },
    config: CONFIG,
  } as TopLevelSpec;
}

/**
 * Vega numbers gradient and clip ids with process-wide counters, which would make the SVG depend on
 * what was drawn before and collide between charts on one page: renumber them per chart.
 */
function renumberIds(svg: string, prefix: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/<[a-zA-Z][^<>]*?\sid="([^"]+)"/g)) {
    if (!ids.has(m[1]!)) ids.set(m[1]!, `${prefix}-${ids.size + 1}`);
  }
  const rename = (id: string) => ids.get(id) ?? id;
  return svg
    .replace(/(<[a-zA-Z][^<>]*?\sid=")([^"]+)"/g, (_, head: string, id: string) => `${head}${rename(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${rename(id)}"`);
}

let chartModules: Promise<[typeof import('vega'), typeof import('vega-lite')]> | null = null;

/**
 * Vega and Vega-Lite, loaded once: on the first chart, not with this module, so that a run holds their
 * ~45 MB only once its documents are done (or nearly: see `preloadChartModules`).
 */
function loadChartModules() {
  return (chartModules ??= Promise.all([import('vega'), import('vega-lite')]));
}

/**
 * Starts loading the chart modules now, for a caller that has an idle thread while others finish the
 * documents. A failure to load surfaces at the first chart, as without the preload.
 */
export function preloadChartModules(): void {
  loadChartModules().catch(() => {});
}

/** Compiles a Vega-Lite spec and draws it headless to an SVG string; `name` prefixes the SVG's ids. */
export async function renderChartSvg(spec: TopLevelSpec, name: string): Promise<string> {
  const [vega, { compile }] = await loadChartModules();
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return renumberIds(await view.toSVG(), name);
  } finally {
    view.finalize();
  }
}
