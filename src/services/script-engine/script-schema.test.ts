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
  sampleScript,
  validateScript,
} from './index.js';
import { DEFECTS, generateInvalidScript, generateScript, type Defect } from './testing.js';

// The published JSON Schema (script.schema.json) must accept what the engine accepts at the shape
// level and refuse shape errors. No JSON Schema library is a dependency, so this file carries a small
// checker for the keywords the schema uses (draft 2020-12 subset).

type JsonSchema = Record<string, unknown>;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function resolveRef(root: JsonSchema, ref: string): JsonSchema {
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root) as JsonSchema;
}

const KNOWN_KEYWORDS = new Set([
  '$schema',
  '$id',
  '$ref',
  '$defs',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'anyOf',
  'oneOf',
  'not',
  'required',
  'properties',
  'additionalProperties',
  'propertyNames',
  'maxProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'format',
]);

function check(root: JsonSchema, schema: JsonSchema, value: unknown, path: string, errors: string[]): void {
  for (const key of Object.keys(schema))
    if (!KNOWN_KEYWORDS.has(key)) throw new Error(`checker lacks ${key}`);
  if (typeof schema['$ref'] === 'string') check(root, resolveRef(root, schema['$ref']), value, path, errors);
  const type = schema['type'];
  if (type !== undefined) {
    const types = Array.isArray(type) ? type : [type];
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
      errors.push(`${path}: type ${actual}, expected ${types.join('|')}`);
      return;
    }
  }
  if ('const' in schema && value !== schema['const'])
    errors.push(`${path}: not ${JSON.stringify(schema['const'])}`);
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) errors.push(`${path}: not in enum`);
  const passes = (sub: JsonSchema): boolean => {
    const found: string[] = [];
    check(root, sub, value, path, found);
    return found.length === 0;
  };
  if (Array.isArray(schema['anyOf']) && !(schema['anyOf'] as JsonSchema[]).some(passes))
    errors.push(`${path}: no anyOf`);
  if (Array.isArray(schema['oneOf']) && (schema['oneOf'] as JsonSchema[]).filter(passes).length !== 1) {
    errors.push(`${path}: not exactly oneOf`);
  }
  if (schema['not'] !== undefined && passes(schema['not'] as JsonSchema)) errors.push(`${path}: matches not`);
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema['minLength'] === 'number' && length < schema['minLength'])
      errors.push(`${path}: too short`);
    if (typeof schema['maxLength'] === 'number' && length > schema['maxLength'])
      errors.push(`${path}: too long`);
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value)) {
      errors.push(`${path}: pattern`);
    }
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum'])
      errors.push(`${path}: below minimum`);
    if (typeof schema['maximum'] === 'number' && value > schema['maximum'])
      errors.push(`${path}: above maximum`);
  }
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems'])
      errors.push(`${path}: few items`);
    if (typeof schema['maxItems'] === 'number' && value.length > schema['maxItems'])
      errors.push(`${path}: many items`);
    if (schema['items'] !== undefined) {
      value.forEach((item, i) => check(root, schema['items'] as JsonSchema, item, `${path}[${i}]`, errors));
    }
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
    for (const key of (schema['required'] ?? []) as string[]) {
      if (!(key in record)) errors.push(`${path}.${key}: required`);
    }
    if (typeof schema['maxProperties'] === 'number' && Object.keys(record).length > schema['maxProperties']) {
      errors.push(`${path}: too many properties`);
    }
    for (const [key, item] of Object.entries(record)) {
      if (schema['propertyNames'] !== undefined)
        check(root, schema['propertyNames'] as JsonSchema, key, `${path}{${key}}`, errors);
      if (properties[key] !== undefined) check(root, properties[key], item, `${path}.${key}`, errors);
      else if (schema['additionalProperties'] === false) errors.push(`${path}.${key}: not allowed`);
      else if (typeof schema['additionalProperties'] === 'object') {
        check(root, schema['additionalProperties'] as JsonSchema, item, `${path}.${key}`, errors);
      }
    }
  }
}

let schema: JsonSchema;
function schemaErrors(value: unknown): string[] {
  const errors: string[] = [];
  check(schema, schema, value, '', errors);
  return errors;
}

describe('script-engine: published JSON Schema (script.schema.json)', () => {
  before(async () => {
    const response = await fetch(new URL('./script.schema.json', import.meta.url));
    schema = (await response.json()) as JsonSchema;
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
