import { css } from 'lit';

/** The personal fields listed on a card (masked, with Show), ticket descriptions and satisfaction comments. */
export const personalStyles = css`
  .personal-fields {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--cx-space-3xs, 2px) var(--cx-space-sm, 8px);
    margin: 0;
    font-size: var(--cx-font-size-sm, 13px);
  }
  .personal-fields > div {
    display: contents;
  }
  .personal-fields dd {
    margin: 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .description,
  .comment {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .row .comment {
    flex-basis: 100%;
  }
`;
