// `{{customer.name}}` placeholders → text segments. The result is only ever text: a widget renders
// each segment as a text node, and a missing value as a visible placeholder (never "undefined").
import { resolvePath } from '../conditions/index.js';

/**
 * A piece of interpolated text: literal text, or a placeholder whose value is missing. With
 * `{ values: true }`, an inserted value is a text segment of its own that names its `path`.
 */
export type TextSegment = { text: string; path?: string } | { missing: string };

/** How `interpolate` shows values. */
export interface InterpolateOptions {
  /** Text for a yes/no value (default `✓` / `✗`; a widget passes words of the script's language). */
  boolean?: (value: boolean) => string;
  /** Keep each inserted value as its own segment with its `path` (e.g. to mask personal data). */
  values?: boolean;
}

/** Longest value inserted for one placeholder, in characters (longer values are cut with "…"). */
export const MAX_INSERTED_LENGTH = 1_000;

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w-]*(?:\.[\w-]+)*)\s*\}\}/gu;

/** The paths of every `{{…}}` placeholder in a template, in order (duplicates kept once). */
export function templatePaths(template: string): string[] {
  const paths = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) paths.add(match[1]!);
  return [...paths];
}

/** Text for a value, or undefined when there is nothing sensible to show. */
export function formatValue(
  value: unknown,
  options: Pick<InterpolateOptions, 'boolean'> = {},
): string | undefined {
  let text: string | undefined;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : undefined;
  else if (typeof value === 'bigint') text = value.toString();
  else if (typeof value === 'boolean') text = options.boolean ? options.boolean(value) : value ? '✓' : '✗';
  else if (Array.isArray(value)) {
    const parts = value
      .map((item: unknown) => formatValue(item, options))
      .filter((part): part is string => part !== undefined);
    text = parts.length > 0 ? parts.join(', ') : undefined;
  }
  if (text === undefined || text.trim() === '') return undefined;
  return text.length > MAX_INSERTED_LENGTH ? `${text.slice(0, MAX_INSERTED_LENGTH - 1)}…` : text;
}

/**
 * Fills `{{path}}` placeholders from a scope (own properties only). Returns segments; adjacent text is
 * merged; a value that is missing, empty, or an object is a `{ missing: path }` segment. Values are
 * inserted once, never re-scanned for placeholders.
 */
export function interpolate(
  template: string,
  scope: Record<string, unknown>,
  options: InterpolateOptions = {},
): TextSegment[] {
  const segments: TextSegment[] = [];
  const pushText = (text: string): void => {
    if (text === '') return;
    const last = segments[segments.length - 1];
    if (last !== undefined && 'text' in last && last.path === undefined) last.text += text;
    else segments.push({ text });
  };
  if (typeof template !== 'string') return segments;
  let cursor = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    pushText(template.slice(cursor, match.index));
    const path = match[1]!;
    let value: unknown;
    try {
      value = resolvePath(scope, path);
    } catch {
      // A getter of the host's data threw: show the placeholder rather than fail the render.
      value = undefined;
    }
    const text = formatValue(value, options);
    if (text === undefined) segments.push({ missing: path });
    else if (options.values === true) segments.push({ text, path });
    else pushText(text);
    cursor = match.index + match[0].length;
  }
  pushText(template.slice(cursor));
  return segments;
}

/** Interpolates to one string; missing values become `placeholder(path)` (default `[path]`). */
export function interpolateToString(
  template: string,
  scope: Record<string, unknown>,
  placeholder: (path: string) => string = (path) => `[${path}]`,
): string {
  return interpolate(template, scope)
    .map((segment) => ('text' in segment ? segment.text : placeholder(segment.missing)))
    .join('');
}

/**
 * Resolves action params for the host: a param that is exactly one placeholder keeps the value's type
 * (null when missing); other strings are interpolated with missing values left empty.
 */
export function resolveParams(
  params: Readonly<Record<string, string | number | boolean | null>> | undefined,
  scope: Record<string, unknown>,
): Record<string, string | number | boolean | null> {
  const resolved: Record<string, string | number | boolean | null> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value !== 'string') {
      resolved[name] = value;
      continue;
    }
    const whole = /^\{\{\s*([A-Za-z_][\w-]*(?:\.[\w-]+)*)\s*\}\}$/u.exec(value);
    if (whole) {
      const raw = resolvePath(scope, whole[1]!);
      resolved[name] =
        typeof raw === 'number' && Number.isFinite(raw)
          ? raw
          : typeof raw === 'boolean'
            ? raw
            : (formatValue(raw) ?? null);
    } else {
      resolved[name] = interpolateToString(value, scope, () => '');
    }
  }
  return resolved;
}
