import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { convertDictionary, stanceOfCode, type ImportedCue } from '../../tools/lexicon-import/convert.ts';
import { parseCode, parsePatternText, parseVerbDictionary } from '../../tools/lexicon-import/parse.ts';
import { DEFAULT_POLICY, type ImportPolicy } from '../../tools/lexicon-import/policy.ts';
import { cueLine, spliceImportedCues, topLevelKeys } from '../../tools/lexicon-import/write.ts';
import { LexiconSchema, type Cue } from '../../stages/classify/lexicon.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LEXICON = path.join(ROOT, 'stages/classify/lexicon.json');
const DICTIONARY = path.join(ROOT, 'stages/classify/petrarch2/CAMEO.2.0.txt');

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A dictionary in PETRARCH's format: a synonym set, a stance block, and a neutral block with stance patterns. */
const SNIPPET = `# a comment line
####### SYNONYM SETS #######

&AID_
+AID
+ASSISTANCE
+FOOD_AID

####### VERB PATTERNS #######

---  HAIL   [051]  ---
EXTOL {EXTOLS EXTOLLED EXTOLLING}
GREET [050]
PRAISE
UPHOLD {UPHOLDS UPHELD UPHOLDING}   # a comment after a verb
- * TRUCE                                   [051]         # EXTOL
- * ATTACK (AGAINST)                        [110]         # EXTOL

---  CRASH   [---]  ---
CRASH
SLAM {SLAMS SLAMMED SLAMMING}
- * (AS UNACCEPTABLE)                       [111]         # SLAM
- * {VERBAL BROADSIDE}                      [111]         # SLAM
- * POLICIES                                [111]         # SLAM
- * DOOR                                    [---]         # SLAM
- MAGAZINE *                                [111]         # SLAM
- * FOR                                     [111]         # SLAM

---  DELIVER   [---]  ---
DELIVER
SEND {SENDS SENT SENDING}
- * &AID_                                   [033]         # SEND
- * {WARM WELCOME}                          [051]
- * BLESSING                                [:051]        # SEND
- * &UNDEFINED                              [111]         # SEND
`;

const curated: Cue[] = [{ pattern: 'praise', stance: 'support', form: 'verb', weight: 0.9, cameo: '051' }];

const policy: ImportPolicy = {
  verbs: new Map([
    ['extol', { keep: true }],
    ['uphold', { keep: true }],
  ]),
  families: new Map([
    ['condemn:slam', { keep: 'all' }],
    ['offer:send', { keep: 'all' }],
    ['support:deliver', { keep: 'all' }],
    ['support:send', { keep: 'none', reason: 'test: a welcome sent is protocol' }],
  ]),
  stanceShifts: new Set(),
  announcingVerbs: new Set(['offer']),
  nounLikeVerbs: new Set(['slam']),
  notAfterNounLike: ['the'],
  verbFormsOnly: new Set(),
};

const origin = (line: string) => `petrarch2 CAMEO.2.0.txt: ${line}`;

describe('reading a PETRARCH verb dictionary', () => {
  const dictionary = parseVerbDictionary(SNIPPET);

  it('reads synonym sets from the top section, phrases as words', () => {
    expect(dictionary.synsets.get('&AID_')).toEqual([['aid'], ['assistance'], ['food', 'aid']]);
  });

  it('reads blocks with their verbs, irregular forms, own codes and patterns', () => {
    expect(dictionary.blocks.map((b) => [b.name, b.code.source, b.verbs.length, b.patterns.length])).toEqual([
      ['HAIL', '051', 4, 2],
      ['CRASH', null, 2, 6],
      ['DELIVER', null, 2, 4],
    ]);
    const [extol, greet, , uphold] = dictionary.blocks[0]!.verbs;
    expect(extol).toMatchObject({ words: ['extol'], forms: [['extols'], ['extolled'], ['extolling']], code: null });
    expect(greet).toMatchObject({ words: ['greet'], code: { source: '050', reverse: null } });
    expect(uphold!.forms).toContainEqual(['upheld']);
    expect(dictionary.blocks[1]!.patterns[0]).toMatchObject({ text: '* (AS UNACCEPTABLE)', code: { source: '111', reverse: null }, commentVerbs: ['SLAM'] });
  });

  it('reads a pattern into the verb, words, synonym sets, slots, compounds and phrases', () => {
    expect(parsePatternText('* {&MILITARY AID} (FOR +) WITH_SUPPORT')).toEqual([
      { kind: 'verb' },
      { kind: 'compound', items: [{ kind: 'synset', name: '&MILITARY' }, { kind: 'word', text: 'aid' }] },
      { kind: 'phrase', items: [{ kind: 'word', text: 'for' }, { kind: 'slot', symbol: '+' }] },
      { kind: 'compound', items: [{ kind: 'word', text: 'with' }, { kind: 'word', text: 'support' }] },
    ]);
    // A stray closing bracket closes nothing.
    expect(parsePatternText('STRONGLY * ATTACK (ON ^) ^)')).toHaveLength(5);
  });

  it('reads codes: one way, both ways, the other way only, none', () => {
    expect([parseCode('051'), parseCode('042:043'), parseCode(':080'), parseCode('---'), parseCode('080!')]).toEqual([
      { source: '051', reverse: null },
      { source: '042', reverse: '043' },
      { source: null, reverse: '080' },
      { source: null, reverse: null },
      { source: '080', reverse: null },
    ]);
  });

  it('maps CAMEO codes to our stances', () => {
    expect(['051', '052', '053', '050', '111', '1124', '114', '110', '115', '030', '0334', '039', '040', null].map(stanceOfCode)).toEqual([
      'support', 'support', 'support', null, 'condemn', 'condemn', 'condemn', null, null, 'offer', 'offer', 'offer', null, null,
    ]);
  });
});

describe('converting blocks to cues', () => {
  const conversion = convertDictionary(parseVerbDictionary(SNIPPET), curated, policy);

  it('gives the exact cues: kept verbs of a stance block, sense-fixing phrases of the others', () => {
    const expected: ImportedCue[] = [
      { pattern: 'deliver ... warm welcome', stance: 'support', form: 'phrase', weight: 0.75, cameo: '051', origin: origin('- * {WARM WELCOME} [051]') },
      { pattern: 'extol', stance: 'support', form: 'verb', weight: 0.7, cameo: '051', origin: origin('EXTOL [051]') },
      { pattern: 'uphold|upheld', stance: 'support', form: 'verb', weight: 0.7, cameo: '051', origin: origin('UPHOLD [051]') },
      { pattern: 'slam ... as ... unacceptable', stance: 'condemn', form: 'phrase', weight: 0.75, cameo: '111', not_preceded_by: ['the'], origin: origin('- * (AS UNACCEPTABLE) [111] # SLAM') },
      { pattern: 'slam ... policy', stance: 'condemn', form: 'phrase', weight: 0.75, cameo: '111', not_preceded_by: ['the'], origin: origin('- * POLICIES [111] # SLAM') },
      { pattern: 'slam ... verbal broadside', stance: 'condemn', form: 'phrase', weight: 0.75, cameo: '111', not_preceded_by: ['the'], origin: origin('- * {VERBAL BROADSIDE} [111] # SLAM') },
      { pattern: 'send ... aid|assistance', stance: 'offer', form: 'phrase', weight: 0.75, cameo: '033', requires: 'intent', origin: origin('- * &AID_ [033] # SEND') },
    ];
    expect(conversion.cues).toEqual(expected);
    expect(LexiconSchema.shape.imported_cues.parse(conversion.cues)).toHaveLength(expected.length);
  });

  it('says why the rest was left out', () => {
    const reasons = Object.fromEntries([...conversion.skipped].map(([reason, items]) => [reason, items.length]));
    expect(reasons).toEqual({
      'verb already a curated cue': 1, // PRAISE
      'covered by a cue of the same stance on its words': 1, // extol ... truce
      'words before the verb are its subject, not a cue': 1, // MAGAZINE *
      'too few literal words to fix the sense': 1, // slam ... for
      'test: a welcome sent is protocol': 1, // send ... warm welcome
      "reverse-only code: the stance is the object's": 1, // [:051]
      'undefined synonym set': 1,
      'covered by a shorter imported phrase': 1, // send ... food aid, by send ... aid|assistance
    });
    // GREET [050], the verbs of the two [---] blocks, and the 110, --- and reverse-only patterns are no stance.
    expect(conversion.notStance).toEqual({ verbs: 5, patterns: 3 });
    expect(conversion.unusedPolicy).toEqual([]);
  });

  it('lists a verb or family the policy has not reviewed instead of importing it', () => {
    const strict = { ...policy, verbs: new Map(), families: new Map() };
    const result = convertDictionary(parseVerbDictionary(SNIPPET), curated, strict);
    expect(result.cues).toEqual([]);
    expect(result.skipped.get('verb not reviewed (add it to the policy)')).toEqual(['EXTOL [051] (line 12)', 'UPHOLD [051] (line 15)']);
    expect([...result.skipped.keys()].filter((r) => r.startsWith('pattern family not reviewed'))).toEqual([
      'pattern family not reviewed (add "support:extol" to the policy)',
      'pattern family not reviewed (add "condemn:slam" to the policy)',
      'pattern family not reviewed (add "offer:send" to the policy)',
      'pattern family not reviewed (add "support:deliver" to the policy)',
      'pattern family not reviewed (add "support:send" to the policy)',
    ]);
  });
});

describe('writing imported cues into the lexicon file', () => {
  const cues = [
    { pattern: 'extol', stance: 'support', form: 'verb', weight: 0.7, cameo: '051', origin: 'x: EXTOL [051]' },
    { pattern: 'send ... aid', stance: 'offer', form: 'phrase', weight: 0.75, cameo: '033', requires: 'intent', not_preceded_by: ['the', 'a'], origin: 'x: - * AID [033]' },
  ];
  const lines = [
    '    { "pattern": "extol", "stance": "support", "form": "verb", "weight": 0.7, "cameo": "051", "origin": "x: EXTOL [051]" },',
    '    { "pattern": "send ... aid", "stance": "offer", "form": "phrase", "weight": 0.75, "cameo": "033", "requires": "intent", "not_preceded_by": ["the", "a"], "origin": "x: - * AID [033]" }',
  ];
  const head = '{\n  "stances": { "support": {"description": "with ] and \\" inside", "polarity": 1} },\n  "cues": [\n    { "pattern": "back" },\n    {"pattern":"support"}\n  ],\n';
  const tail = '\n  "grammar": {"negators": ["not"]}\n}\n';

  it('writes one cue a line, fields in the file\'s order', () => {
    expect(cueLine({ origin: 'o', pattern: 'p', weight: 0.7, stance: 's', cameo: '051', form: 'verb' })).toBe(
      '{ "pattern": "p", "stance": "s", "form": "verb", "weight": 0.7, "cameo": "051", "origin": "o" }',
    );
  });

  it('replaces only the "imported_cues" value and keeps every other byte', () => {
    const before = head + '  "imported_cues": [{"pattern": "old"},\n\n {"pattern": "older"}],' + tail;
    const after = spliceImportedCues(before, cues);
    expect(after).toBe(head + '  "imported_cues": [\n' + lines.join('\n') + '\n  ],' + tail);
    // Again, with the same cues: nothing changes.
    expect(spliceImportedCues(after, cues)).toBe(after);
    expect(spliceImportedCues(after, [])).toBe(head + '  "imported_cues": [],' + tail);
  });

  it('adds the key after "cues" when the file has none', () => {
    const before = head.replace(/,\n$/, ',') + tail;
    const after = spliceImportedCues(before, cues);
    expect(after).toBe(head.replace(/,\n$/, '') + ',\n  "imported_cues": [\n' + lines.join('\n') + '\n  ],' + tail);
    expect(topLevelKeys(after).map((k) => k.key)).toEqual(['stances', 'cues', 'imported_cues', 'grammar']);
    expect(() => JSON.parse(after)).not.toThrow();
  });

  it('keeps Windows line ends', () => {
    const before = (head + tail).replace(/\n/g, '\r\n');
    expect(spliceImportedCues(before, cues.slice(0, 1))).toContain('"imported_cues": [\r\n    { "pattern": "extol"');
  });
});

describe('the real dictionary', () => {
  const text = readFileSync(LEXICON, 'utf8');
  const lexicon = LexiconSchema.parse(JSON.parse(text));
  const conversion = convertDictionary(parseVerbDictionary(readFileSync(DICTIONARY, 'utf8')), lexicon.cues, DEFAULT_POLICY);

  it('is read whole: about 400 blocks and 4 700 patterns', () => {
    expect(conversion.blocks).toBe(397);
    expect(conversion.patterns).toBe(4668);
  });

  it('gives cues that validate with LexiconSchema once written into the shipped lexicon', () => {
    expect(conversion.cues.length).toBeGreaterThan(50);
    const written = LexiconSchema.parse(JSON.parse(spliceImportedCues(text, conversion.cues)));
    expect(written.imported_cues).toHaveLength(conversion.cues.length);
    expect(written.cues).toEqual(lexicon.cues);
  });

  it('imports only reviewed verbs and families, none identical to a curated cue, sorted and unique', () => {
    expect([...conversion.skipped.keys()].filter((r) => r.includes('not reviewed'))).toEqual([]);
    const key = (c: { form: string; pattern: string }) => `${c.form} ${c.pattern}`;
    const curatedKeys = new Set(lexicon.cues.map(key));
    expect(conversion.cues.filter((c) => curatedKeys.has(key(c)))).toEqual([]);
    expect(new Set(conversion.cues.map((c) => `${c.stance} ${key(c)}`)).size).toBe(conversion.cues.length);
    const order = ['support', 'condemn', 'offer'];
    const sorted = [...conversion.cues].sort((a, b) => order.indexOf(a.stance) - order.indexOf(b.stance) || (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0));
    expect(conversion.cues).toEqual(sorted);
    for (const cue of conversion.cues) expect(cue.weight).toBe(cue.form === 'verb' ? 0.7 : 0.75);
  });

  it('`npm run lexicon:import` writes the file, prints its summary on stderr and nothing on stdout', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lexicon-import-'));
    dirs.push(dir);
    const file = path.join(dir, 'lexicon.json');
    copyFileSync(LEXICON, file);
    const tsx = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
    const run = () => spawnSync(process.execPath, [tsx, path.join(ROOT, 'tools/lexicon-import/run.ts'), '--lexicon', file], { encoding: 'utf8' });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(/^lexicon:import: read 397 verb blocks and 4668 patterns/);
    expect(first.stderr).toMatch(/wrote \d+ imported cues to .*: support \d+ \(.*\), condemn \d+ \(.*\), offer \d+ \(.*\)/);
    const written = readFileSync(file, 'utf8');
    const spans = topLevelKeys(written);
    const original = topLevelKeys(text);
    // Every key but "imported_cues" is byte for byte the shipped one.
    for (const span of original.filter((k) => k.key !== 'imported_cues')) {
      const now = spans.find((k) => k.key === span.key)!;
      expect(written.slice(now.start, now.end)).toBe(text.slice(span.start, span.end));
    }
    expect(LexiconSchema.parse(JSON.parse(written)).imported_cues).toHaveLength(conversion.cues.length);
    // A second run changes nothing.
    expect(run().status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(written);
  });
});
