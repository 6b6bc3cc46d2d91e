// List markers ("1.", "2.)", "b)"): a marker starts an item when a list is plausible, never ends a sentence.

export interface ListMarker {
  style: 'digit' | 'lower' | 'upper';
  value: number;
  /** ".", ".)" or ")" — items of one list share it. */
  delimiter: string;
}

/** Reads "1"…"99" or a single ASCII letter as a marker value; anything else is not a marker. */
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
  return null;
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
