export * from './lenient.js';
export * from './customer360.js';
export * from './normalise.js';
export * from './alerts.js';
export * from './data-source.js';
export * from './loader.js';
