// Size part: Lit as the widget uses it.
export { LitElement, html, css, svg, nothing } from 'lit';
export { property, state } from 'lit/decorators.js';
export { live } from 'lit/directives/live.js';
export { consume } from '@lit/context';
