import { createContext } from '@lit/context';
import type { Customer360 } from '../services/tmf/customer360.js';

// A string key (not a Symbol) so two copies of the same cx-desk version on one page interoperate.
/**
 * Context key for the customer shown by `cx-customer-360` (sections not loaded yet are empty; undefined
 * before any customer). Consume it with `@consume({ context: customerContext, subscribe: true })`.
 */
export const customerContext = createContext<Customer360 | undefined>('cx-desk/customer@1');
