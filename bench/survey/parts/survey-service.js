// Size part: the survey model (valibot schemas, conditions, presets in two languages, scoring).
export * from '../../../src/services/survey/index.ts';
