import { css } from 'lit';

// One set of declarations for the parts of a masked value, given twice: as the element's own defaults
// (`::slotted`, its parts are its light-DOM children) and for the widget that holds it, whose rules win
// over `::slotted` ones (CSS Scoping: the outer context wins) and so keep their place in its cascade.
const value = css`
  font-family: var(--cx-font-family-mono, ui-monospace, monospace);
  unicode-bidi: isolate;
`;
const toggle = css`
  margin-inline-start: var(--cx-space-2xs, 4px);
`;
const denied = css`
  display: block;
  color: var(--cx-color-danger, #b42318);
  font-size: var(--cx-font-size-sm, 13px);
`;

/** The element's own styles: inline in the text around it, with default looks for its parts. */
export const maskedValueStyles = css`
  :host {
    display: inline;
  }
  ::slotted(.pii-value) {
    ${value}
  }
  ::slotted(.pii-toggle) {
    ${toggle}
  }
  ::slotted(.denied) {
    ${denied}
  }
`;

/** The same looks for a widget's own styles (they take part in its cascade like its other rules). */
export const maskedValueHostStyles = css`
  .pii-value {
    ${value}
  }
  .pii-toggle {
    ${toggle}
  }
  .pii .denied {
    ${denied}
  }
`;
