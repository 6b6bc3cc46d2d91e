// Turns zod issues into the one-line messages users see: file, entry, field, what was expected.
import type { z } from 'zod';

/** Describes where an issue sits, e.g. `entry 3 ("fidan"), field "roles[0].from"` or `entry 7 ("back ... up"), field "weight"`. */
function describePath(path: readonly PropertyKey[], data: unknown, collection?: string): string {
  const parts = path.map(String);
  if (collection !== undefined) {
    const at = parts[0] === collection ? 1 : 0;
    const index = Number(parts[at]);
    if (Number.isInteger(index)) {
      const list = at === 1 ? (data as Record<string, unknown>)[collection] : data;
      const entry = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
      const name = typeof entry?.id === 'string' ? entry.id : entry?.pattern; // an actor's id, a cue's pattern
      const label = typeof name === 'string' ? ` (${JSON.stringify(name)})` : '';
      const field = formatField(path.slice(at + 1));
      return `entry ${index + 1}${label}${field ? `, field "${field}"` : ''}`;
    }
  }
  const field = formatField(path);
  return field ? `field "${field}"` : 'top level';
}

function formatField(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

type Issue = z.core.$ZodIssue;

// A union ("an array of actors, or { actors: [...] }") fails as a whole with one vague issue: report instead
// the branch that got furthest into the data, the shape the user meant.
function specificIssues(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const depth = (branch: readonly Issue[]) => Math.max(...branch.map((i) => i.path.length));
    const best = issue.errors.reduce((a, b) => (depth(b) > depth(a) ? b : a));
    return specificIssues(best).map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue);
  });
}

/** One line per issue: `lexicon.json: entry 4 ("backs"), field "weight": Too big: expected number to be <=1`. */
export function formatZodIssues(file: string, error: z.ZodError, data: unknown, collection?: string): string[] {
  return specificIssues(error.issues).map((issue) => `${file}: ${describePath(issue.path, data, collection)}: ${issue.message}`);
}

/** One line from zod's issues: `missing field "text"`, `field "date": expected string, received number`. */
export function describeIssues(error: z.ZodError, value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `expected a JSON object, received ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}`;
  }
  const record = value as Record<string, unknown>;
  return error.issues
    .map((issue) => {
      const field = issue.path.map(String).join('.');
      if (field === '') return issue.message;
      if (issue.path.length === 1 && record[field] === undefined) return `missing field "${field}"`;
      return `field "${field}": ${issue.message.replace(/^Invalid input: /, '')}`;
    })
    .join('; ');
}
