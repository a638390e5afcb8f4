// Every typed cx-desk event.
export * from './cx-event.js';
export * from './cx-error.js';
export * from './cx-agent-session-change.js';
