/** The version of this copy of cx-desk; `define()` compares it with an already registered element's. */
export const VERSION = '0.1.0';
