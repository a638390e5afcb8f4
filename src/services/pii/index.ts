export * from './pii.js';
