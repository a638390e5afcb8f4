import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  CONDITION_OPERATORS,
  INPUT_TYPES,
  MAX_PATTERN_LENGTH,
  MAX_STEPS,
  MAX_TEXT_LENGTH,
  SAMPLE_NAMES,
  STEP_KINDS,
  isIsoDate,
  sampleScript,
  validateScript,
} from './index.js';
import type Ajv2020Type from 'ajv/dist/2020.js';
import {
  DEFECTS,
  generateInvalidScript,
  generateScript,
  type Defect,
} from '../../../test/support/script-generator.js';

// The published JSON Schema (script.schema.json) must accept what the engine accepts at the shape
// level and refuse shape errors. Checked with Ajv 8 in strict mode, against the draft the schema
// declares (2020-12).

type JsonSchema = Record<string, unknown>;
type Ajv2020Class = typeof Ajv2020Type;

/**
 * Ajv ships CommonJS only, and the test runner serves ES modules without a CommonJS transform: a
 * minimal synchronous CommonJS loader for the test page (module, exports, require of relative files,
 * JSON and packages under /node_modules). Test code only; nothing of it reaches the library.
 */
function requireCommonJs(entry: string): unknown {
  const modules = new Map<string, { exports: unknown }>();
  const texts = new Map<string, string | null>();
  const read = (url: string): string | null => {
    if (!texts.has(url)) {
      const request = new XMLHttpRequest();
      request.open('GET', url, false);
      request.send();
      const type = request.getResponseHeader('content-type') ?? '';
      texts.set(url, request.status === 200 && !type.includes('text/html') ? request.responseText : null);
    }
    return texts.get(url)!;
  };
  const resolveFile = (base: string): string => {
    for (const candidate of [base, `${base}.js`, `${base}/index.js`, `${base}.json`]) {
      if (/\.(?:c?js|json)$/u.test(candidate) && read(candidate) !== null) return candidate;
    }
    throw new Error(`cannot resolve ${base}`);
  };
  const resolve = (specifier: string, from: string): string => {
    if (specifier.startsWith('.') || specifier.startsWith('/'))
      return resolveFile(new URL(specifier, from).href);
    const [name, ...rest] = specifier.split('/');
    const root = new URL(`/node_modules/${name}/`, location.href).href;
    if (rest.length > 0) return resolveFile(new URL(rest.join('/'), root).href);
    const manifest = JSON.parse(read(`${root}package.json`) ?? '{}') as { main?: string };
    return resolveFile(new URL(manifest.main ?? 'index.js', root).href);
  };
  const load = (url: string): unknown => {
    const cached = modules.get(url);
    if (cached) return cached.exports;
    const module = { exports: {} as unknown };
    modules.set(url, module);
    const source = read(url)!;
    if (url.endsWith('.json')) {
      module.exports = JSON.parse(source);
      return module.exports;
    }
    // eslint-disable-next-line no-restricted-syntax -- evaluating a CommonJS file is the point (test code only)
    const run = new Function('exports', 'require', 'module', `${source}\n//# sourceURL=${url}`) as (
      exports: unknown,
      require: (specifier: string) => unknown,
      module: { exports: unknown },
    ) => void;
    run(module.exports, (specifier) => load(resolve(specifier, url)), module);
    return module.exports;
  };
  return load(resolve(entry, location.href));
}

function resolveRef(root: JsonSchema, ref: string): JsonSchema {
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root) as JsonSchema;
}

let schema: JsonSchema;
let validateWithSchema: ((value: unknown) => boolean) & {
  errors?: Array<{ instancePath: string; message?: string }> | null;
};

/** The schema's verdict as readable lines (`/steps/1/kind: must be equal to constant`); empty when valid. */
function schemaErrors(value: unknown): string[] {
  if (validateWithSchema(value)) return [];
  return (validateWithSchema.errors ?? []).map(
    (error) => `${error.instancePath || '/'}: ${error.message ?? ''}`,
  );
}

describe('script-engine: published JSON Schema (script.schema.json)', () => {
  before(async () => {
    const response = await fetch(new URL('./script.schema.json', import.meta.url));
    schema = (await response.json()) as JsonSchema;
    const Ajv2020 = (requireCommonJs('ajv/dist/2020.js') as { default: Ajv2020Class }).default;
    // Strict mode: a keyword Ajv does not know, or a loose type, fails compilation instead of passing silently.
    const ajv = new Ajv2020({
      strict: true,
      allowUnionTypes: true, // the schema's `type: ["string", "number", …]` for condition values is deliberate
      // `not: { required: ['next'] }` (an end step has no next) names a property the branch does not define, on purpose.
      strictRequired: false,
      allErrors: true,
      formats: { date: isIsoDate },
    });
    validateWithSchema = ajv.compile(schema);
  });

  it('compiles with Ajv in strict mode and reports where a script is wrong', () => {
    expect(validateWithSchema).to.be.a('function');
    const errors = schemaErrors({
      ...sampleScript('closing-survey'),
      locale: 'English',
      steps: [{ kind: 'say' }],
    });
    expect(errors.some((line) => line.startsWith('/locale:'))).to.equal(true);
    expect(errors.some((line) => line.startsWith('/steps/0'))).to.equal(true);
  });

  it('is a draft 2020-12 schema whose enums match the engine', () => {
    expect(schema['$schema']).to.equal('https://json-schema.org/draft/2020-12/schema');
    const defs = schema['$defs'] as Record<string, JsonSchema>;
    const kinds = (
      (defs['step']!['oneOf'] as JsonSchema[]).map((ref) =>
        resolveRef(schema, ref['$ref'] as string),
      ) as Array<{
        properties: { kind: { const: string } };
      }>
    ).map((step) => step.properties.kind.const);
    expect(kinds).to.deep.equal([...STEP_KINDS]);
    const types = (defs['input']!['oneOf'] as Array<{ properties: { type: { const: string } } }>).map(
      (input) => input.properties.type.const,
    );
    expect(types).to.deep.equal([...INPUT_TYPES]);
    const compare = (defs['condition']!['anyOf'] as Array<{ properties: { op?: { enum: string[] } } }>)[0]!;
    expect(compare.properties.op!.enum).to.deep.equal([...CONDITION_OPERATORS]);
    const steps = (schema['properties'] as Record<string, JsonSchema>)['steps']!;
    expect(steps['maxItems']).to.equal(MAX_STEPS);
    expect((defs['sayStep']!['properties'] as Record<string, JsonSchema>)['text']!['maxLength']).to.equal(
      MAX_TEXT_LENGTH,
    );
    const text = (defs['input']!['oneOf'] as Array<{ properties: Record<string, JsonSchema> }>)[0]!;
    expect(text.properties['pattern']!['maxLength']).to.equal(MAX_PATTERN_LENGTH);
  });

  it('accepts every sample script in both locales, as the engine does', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const name of SAMPLE_NAMES) {
        const script = sampleScript(name, locale);
        expect(schemaErrors(script), `${locale} ${name}`).to.deep.equal([]);
        expect(validateScript(script).ok, `${locale} ${name}`).to.equal(true);
      }
    }
  });

  it('agrees with the engine on generated scripts: valid ones pass both, shape errors fail both', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), fc.integer(), (count, seed) => {
        const script = generateScript(count, seed);
        expect(schemaErrors(script)).to.deep.equal([]);
        expect(validateScript(script).ok).to.equal(true);
      }),
      { numRuns: 40 },
    );
    const shapeDefects: Defect[] = ['schema', 'oversize'];
    for (const defect of shapeDefects) {
      const { script } = generateInvalidScript(10, 7, defect);
      expect(schemaErrors(script), defect).to.not.deep.equal([]);
      expect(validateScript(script).ok, defect).to.equal(false);
    }
    // Graph defects are beyond a JSON Schema: the shape passes, the engine refuses.
    for (const defect of ['dangling', 'cycle', 'unreachable', 'duplicate'] as Defect[]) {
      const { script } = generateInvalidScript(10, 7, defect);
      expect(schemaErrors(script), defect).to.deep.equal([]);
      expect(validateScript(script).ok, defect).to.equal(false);
    }
    expect(Object.keys(DEFECTS)).to.include.members(shapeDefects);
  });

  it('refuses the same shape errors the engine refuses', () => {
    const good = sampleScript('closing-survey');
    const broken: unknown[] = [
      { ...good, id: '9lives' },
      { ...good, steps: [] },
      { ...good, locale: 'English' },
      { ...good, schemaVersion: 2 },
      { ...good, steps: [{ kind: 'end', id: 'e', next: 'x' }] },
      {
        ...good,
        steps: [
          { kind: 'ask', id: 'q', text: 'Q', input: { type: 'slider' } },
          { kind: 'end', id: 'e' },
        ],
      },
      {
        ...good,
        steps: [
          {
            kind: 'say',
            id: 'q',
            text: 'Q',
            next: [{ when: { path: 'a', op: 'eq', value: 1, x: 1 }, goto: 'e' }],
          },
          { kind: 'end', id: 'e' },
        ],
      },
      {
        ...good,
        steps: [
          { kind: 'action', id: 'a', action: 'x', params: { p: {} } },
          { kind: 'end', id: 'e' },
        ],
      },
      {
        ...good,
        steps: [
          { kind: 'confirm', id: 'c', text: 'C' },
          { kind: 'end', id: 'e' },
        ],
      },
    ];
    for (const input of broken) {
      expect(schemaErrors(input), JSON.stringify(input).slice(0, 120)).to.not.deep.equal([]);
      expect(validateScript(input).ok, JSON.stringify(input).slice(0, 120)).to.equal(false);
    }
  });
});
