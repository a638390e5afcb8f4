/**
 * The shared bad-input check: every attribute and property the manifest lists for a widget, fed
 * random wrong types, exotic strings and odd sizes. The widget never throws out of a setter, never
 * leaves an unhandled rejection or error, reports what it cannot use with `cx-error` (one per
 * unusable attribute value), and renders as before once a valid value is back.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { memberShape, type ManifestElement, type ManifestMember, type MemberShape } from './manifest.js';
import { renderedText, type WidgetFixture } from './widget-fixtures.js';
import { watchEscapes } from './escapes.js';
import { deepArray } from './hostile.js';

const EXOTIC_STRINGS = [
  '',
  ' ',
  '\uD800',
  'id-\uDFFF\uD800-end',
  '\u0000',
  '\u202Eevil',
  '💥'.repeat(50),
  'x'.repeat(100_000),
  '1',
  '-1',
  '1.5',
  'NaN',
  'Infinity',
  'true',
  'null',
  'undefined',
  '{"a":[[[]]]}',
  '[1,2,3]',
  '__proto__',
  'constructor',
  'toString',
  '%E0%A4%A',
  '<img src=x onerror=alert(1)>',
  '../../../etc/passwd',
  'javascript:alert(1)',
];

/** Strings an attribute can be given. */
export const exoticString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...EXOTIC_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

/** Values of every wrong type a property can be given. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  exoticString,
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  fc.object({ maxDepth: 2 }),
  fc.constant(Object.create(null) as object),
  fc.constant(Object.assign(Object.create(null) as object, { id: 'x', name: 'y' })),
  fc.constantFrom(deepArray(50), deepArray(20_000)),
  fc.constant(new Date(Number.NaN)),
  fc.constant(() => {
    throw new Error('a hostile function');
  }),
  fc.constant(Promise.reject(new Error('a hostile promise')).catch(() => undefined)),
);

/** Whether a string value means something the widget cannot use, beyond its type. */
const MEANINGS: Readonly<Record<string, (value: string) => boolean>> = {
  serverTime: (value) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value)),
  timeZone: (value) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  },
  preset: (value) => ['csat', 'nps', 'ces', 'fcr', 'post-call', 'tcsi'].includes(value),
};

/** Whether a value is one the widget must report with `cx-error`. */
export function mustReport(member: ManifestMember, shape: MemberShape, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  const meaning = MEANINGS[member.name];
  switch (shape.kind) {
    case 'boolean':
      return false;
    case 'string':
      if (typeof value !== 'string') return true;
      return meaning !== undefined && value.trim() !== '' && !meaning(value);
    case 'enum':
      return typeof value !== 'string' || (value.trim() !== '' && !shape.allowed.includes(value));
    case 'other':
      return typeof value === 'number' || typeof value === 'boolean';
  }
}

interface Watch {
  errors: number;
  failures: string[];
  stop(): void;
}

function watch(element: HTMLElement): Watch {
  const escapes = watchEscapes();
  const state: Watch = { errors: 0, failures: escapes.problems, stop: () => undefined };
  const onError = (): void => void state.errors++;
  element.addEventListener('cx-error', onError);
  state.stop = () => {
    element.removeEventListener('cx-error', onError);
    escapes.stop();
  };
  return state;
}

/** Waits for the element's update and for any rejection it leaves to surface. */
async function settle(element: HTMLElement, state: Watch): Promise<void> {
  const pending = (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  if (pending)
    await pending.then(
      () => undefined,
      (error: unknown) => state.failures.push(`update failed: ${String((error as Error)?.stack ?? error)}`),
    );
  await new Promise((resolve) => setTimeout(resolve, 0));
  await new Promise((resolve) => setTimeout(resolve, 0));
  // Work the widget says it is doing (aria-busy, e.g. a draft being restored) is waited for, briefly.
  for (let wait = 0; wait < 60 && element.shadowRoot?.querySelector('[aria-busy="true"]'); wait++)
    await new Promise((resolve) => setTimeout(resolve, 50));
}

/** The first line where two renderings differ, for a readable failure. */
export function firstDifference(actual: string, expected: string): string | undefined {
  if (actual === expected) return undefined;
  const a = actual.split('\n');
  const b = expected.split('\n');
  const index = a.findIndex((line, i) => line !== b[i]);
  const at = index === -1 ? a.length : index;
  return `line ${at}: ${JSON.stringify(a[at] ?? '(end)')} where it was ${JSON.stringify(b[at] ?? '(end)')}`;
}

const describeValue = (value: unknown): string => {
  try {
    const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
    return text.length > 60 ? `${text.slice(0, 60)}…` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
};

/** Runs the bad-input checks over every writable member of one widget. */
export function runBadInputSuite(
  element: ManifestElement,
  create: WidgetFixture,
  { numRuns = 8 }: { numRuns?: number } = {},
): void {
  describe(`<${element.tagName}> bad input (every attribute and property of the manifest)`, () => {
    for (const member of element.members) {
      const shape = memberShape(member.type);

      it(`property ${member.name} (${member.type})`, async () => {
        const el = await create();
        const record = el as unknown as Record<string, unknown>;
        const original = record[member.name];
        const baseline = renderedText(el);
        await fc.assert(
          fc.asyncProperty(wrongValue, async (value) => {
            const state = watch(el);
            try {
              expect(
                () => {
                  record[member.name] = value;
                },
                `setting ${member.name} = ${describeValue(value)}`,
              ).not.to.throw();
              await settle(el, state);
              expect(state.failures, `${member.name} = ${describeValue(value)}`).to.deep.equal([]);
              if (mustReport(member, shape, value))
                expect(
                  state.errors,
                  `cx-error for ${member.name} = ${describeValue(value)}`,
                ).to.be.greaterThan(0);
              record[member.name] = original;
              await settle(el, state);
              expect(state.failures).to.deep.equal([]);
              expect(
                renderedText(el),
                `renders again after ${member.name} = ${describeValue(value)}`,
              ).to.equal(baseline);
            } finally {
              state.stop();
            }
          }),
          { numRuns, includeErrorInReport: true },
        );
      });

      if (!member.attribute) continue;
      const attribute = member.attribute;
      it(`attribute ${attribute}`, async () => {
        const el = await create();
        const original = el.getAttribute(attribute);
        const baseline = renderedText(el);
        await fc.assert(
          fc.asyncProperty(exoticString, async (value) => {
            const state = watch(el);
            try {
              expect(() => el.setAttribute(attribute, value)).not.to.throw();
              await settle(el, state);
              expect(state.failures, `${attribute}=${describeValue(value)}`).to.deep.equal([]);
              if (shape.kind !== 'boolean' && mustReport(member, shape, value)) {
                const expected = shape.kind === 'enum' ? 1 : undefined;
                if (expected === undefined)
                  expect(state.errors, `cx-error for ${attribute}=${describeValue(value)}`).to.be.greaterThan(
                    0,
                  );
                else
                  expect(state.errors, `one cx-error for ${attribute}=${describeValue(value)}`).to.equal(
                    expected,
                  );
              }
              if (original === null) el.removeAttribute(attribute);
              else el.setAttribute(attribute, original);
              await settle(el, state);
              expect(state.failures).to.deep.equal([]);
              expect(
                firstDifference(renderedText(el), baseline),
                `renders again after ${attribute}=${describeValue(value)}`,
              ).to.equal(undefined);
            } finally {
              state.stop();
            }
          }),
          { numRuns, includeErrorInReport: true },
        );
      });
    }
  });
}
