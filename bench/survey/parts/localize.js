// Size part: the localize controller with every widget's terms in en and zh-CN (shared by all widgets).
export { LocalizeController } from '../../../src/internal/localize.ts';
