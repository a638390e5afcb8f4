// Every typed cx-desk event.
export * from './cx-event.js';
export * from './cx-error.js';
export * from './cx-agent-session-change.js';
export * from './cx-sla-warning.js';
export * from './cx-sla-breach.js';
export * from './cx-sla-state-change.js';
