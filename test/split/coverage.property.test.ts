// Whatever the input, sentences cover it in order, without overlap or loss, in linear time.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { splitText } from '../../stages/split/index.ts';

const WHITE_SPACE = /\s/;

/** The output is a partition of the input's non-white-space characters into ordered, exact slices. */
function assertCovers(text: string): void {
  const spans = splitText(text);
  let covered = 0; // everything before this offset is accounted for
  for (const span of spans) {
    if (span.start < covered || span.end <= span.start) throw new Error(`out of order: ${JSON.stringify(span)}`);
    if (text.slice(span.start, span.end) !== span.text) throw new Error(`slice differs at ${span.start}`);
    if (span.text !== span.text.trim()) throw new Error(`untrimmed sentence at ${span.start}`);
    for (let i = covered; i < span.start; i++) {
      if (!WHITE_SPACE.test(text[i]!)) throw new Error(`lost ${JSON.stringify(text[i])} at ${i}`);
    }
    covered = span.end;
  }
  for (let i = covered; i < text.length; i++) {
    if (!WHITE_SPACE.test(text[i]!)) throw new Error(`lost ${JSON.stringify(text[i])} at ${i}`);
  }
}

// Characters that drive the scanner's decisions, with enough letters and spaces to form words.
const tricky = fc.constantFrom(
  ...'.. !?…"\'“”‘’«»()[]{}\n\n\r\t •⁃-–*:;,@/aAbBiIsSuUeE019 \u00a0\u2028\u2029'.split(''),
);
const newsWords = fc.constantFrom(
  'Mr.', 'Dr.', 'U.S.', 'U.N.', 'a.m.', 'p.m.', 'etc.', 'Inc.', 'Jan.', 'No.', 'p.', 'e.g.', 'vs.', 'E.', 'I.',
  'The', 'He', 'said', 'Fidan', 'Türkiye', 'talks', '1.', '2.', 'a.', 'b.', '1)', '2.)', '•', '⁃9.', '-',
  '"We', 'ready."', '“Peace', 'now,”', "'Yes.'", '(held', 'Riyadh.)', '...', '. . .', '....', '?!', '!',
  'www.aa.com.tr.', 'x@y.org.', '$1,204.5.', '\n', '\n\n', '',
);

describe('coverage', () => {
  it('holds for random unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => assertCovers(text)), {
      numRuns: 500,
    });
  });

  it('holds for text made of punctuation, quotes, brackets and line breaks', () => {
    fc.assert(fc.property(fc.string({ unit: tricky, maxLength: 400 }), (text) => assertCovers(text)), {
      numRuns: 1500,
    });
  });

  it('holds for news-like words joined by spaces and newlines', () => {
    const sentences = fc
      .tuple(fc.array(newsWords, { maxLength: 80 }), fc.array(fc.constantFrom(' ', '  ', '\n', ' \n'), { maxLength: 80 }))
      .map(([words, gaps]) => words.map((w, i) => w + (gaps[i] ?? ' ')).join(''));
    fc.assert(fc.property(sentences, (text) => assertCovers(text)), { numRuns: 1500 });
  });
});

describe('adversarial input runs in linear time', () => {
  const size = 100_000;
  const cases: Record<string, string> = {
    'no punctuation': 'a'.repeat(size),
    'words without punctuation': 'word '.repeat(size / 5),
    'thousands of dots': '.'.repeat(size),
    'spaced dots': '. '.repeat(size / 2),
    'dots between letters': 'a.'.repeat(size / 2),
    'initials': 'U.S. '.repeat(size / 5),
    'unpaired straight quotes': '"'.repeat(size),
    'unpaired opening quotes between words': 'a "'.repeat(size / 3),
    'opening brackets': '('.repeat(size),
    'nested brackets': '('.repeat(size / 2) + ')'.repeat(size / 2),
    'apostrophes': "a'".repeat(size / 2),
    'newlines': '\n'.repeat(size),
    'blank lines with spaces': ' \n \n'.repeat(size / 4),
    'spaces after one newline': '\n' + ' '.repeat(size),
    'list markers': '1. a 2. b '.repeat(size / 10),
    'numbers opening sentences': '1. '.repeat(size / 3),
    'roman numerals': 'II. '.repeat(size / 4),
    'apostrophes that look like closing quotes': "'a b' ".repeat(size / 6),
    'quotes glued to words': 'a"b "c. '.repeat(size / 8),
    'bullets': '• '.repeat(size / 2),
    'terminal after a long word': 'a'.repeat(size) + '. A',
    'question marks': '?'.repeat(size),
    'ellipses': '…'.repeat(size),
  };

  // No timed assertion (shared, noisy machines): a scan that backtracked on these would not finish
  // within the test's timeout; throughput is measured by `npm run bench`.
  it.each(Object.entries(cases))('%s', (_name, text) => {
    assertCovers(text);
  });
});
