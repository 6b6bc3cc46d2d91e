// List markers ("1.", "2.)", "b)"): a marker starts an item when a list is plausible, never ends a sentence.

export interface ListMarker {
  style: 'digit' | 'lower' | 'upper' | 'roman';
  value: number;
  /** ".", ".)" or ")" — items of one list share it. */
  delimiter: string;
}

/** Reads "1"…"99", a single ASCII letter or a roman numeral up to L as a marker; anything else is not one. */
export function parseMarker(core: string, delimiter: string): ListMarker | null {
  if (core.length === 1) {
    const code = core.charCodeAt(0);
    if (code >= 0x30 && code <= 0x39) return { style: 'digit', value: code - 0x30, delimiter };
    if (code >= 0x61 && code <= 0x7a) return { style: 'lower', value: code, delimiter };
    if (code >= 0x41 && code <= 0x5a) return { style: 'upper', value: code, delimiter };
    return null;
  }
  if (core.length === 2) {
    const tens = core.charCodeAt(0) - 0x30;
    const units = core.charCodeAt(1) - 0x30;
    if (tens >= 1 && tens <= 9 && units >= 0 && units <= 9) return { style: 'digit', value: tens * 10 + units, delimiter };
  }
  const roman = romanValue(core);
  return roman > 0 ? { style: 'roman', value: roman, delimiter } : null;
}

// "II" → 2 … "L" → 50; "I", "V" and "X" alone are read as letters, and "DC" or "MIX" are not markers.
const ROMAN_VALUES = new Map<string, number>();
{
  const units = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
  const tens = ['', 'X', 'XX', 'XXX', 'XL', 'L'];
  for (let value = 2; value <= 50; value++) ROMAN_VALUES.set(tens[Math.floor(value / 10)]! + units[value % 10]!, value);
}

function romanValue(core: string): number {
  return ROMAN_VALUES.get(core) ?? 0;
}

/** "1", "a" or "A": how a list starts at the beginning of a line. */
export function opensList(marker: ListMarker): boolean {
  return marker.value === (marker.style === 'digit' ? 1 : marker.style === 'lower' ? 0x61 : 0x41);
}

/** The next item of the same list: same style, same delimiter, value one higher. */
export function continuesList(marker: ListMarker, previous: ListMarker | null): boolean {
  return (
    previous !== null &&
    previous.style === marker.style &&
    previous.delimiter === marker.delimiter &&
    marker.value === previous.value + 1
  );
}
