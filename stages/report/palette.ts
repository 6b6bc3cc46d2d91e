// Colours and fonts shared by the charts and the page around them.
export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

const KNOWN_STANCE_COLOURS: Record<string, string> = {
  support: '#2f8f5b',
  offer: '#3a6fb0',
  condemn: '#c8423b',
};
// For categories a user's lexicon adds: distinct from the three above and from each other.
const OTHER_COLOURS = ['#8a5fb8', '#d98a1f', '#5f7482', '#b0568f', '#2a9d9f', '#9c7a3c', '#6b8e23', '#7f7f7f'];

/** One colour per stance category, the same for a category in every chart and badge. */
export function stanceColours(stances: string[]): string[] {
  let next = 0;
  return stances.map((s) => KNOWN_STANCE_COLOURS[s] ?? OTHER_COLOURS[next++ % OTHER_COLOURS.length]!);
}

export const NET_COLOURS = { negative: '#c8423b', neutral: '#f4f4f2', positive: '#2f8f5b' };
