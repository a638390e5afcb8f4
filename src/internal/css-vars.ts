import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM (`style.setProperty`), also on the
 * first render. Lit's `styleMap` writes a `style` attribute on first render, which a strict
 * `style-src` Content-Security-Policy (no 'unsafe-inline') blocks. Use as an element binding:
 * `<span ${cssVars({ '--_progress': '0.5' })}></span>`.
 */
class CssVarsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssVars() is an element binding');
  }

  render(_vars: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [vars]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in vars)) style.removeProperty(name);
    for (const [name, value] of Object.entries(vars)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(vars));
    return noChange;
  }
}

/** CSS custom properties set through the CSSOM (safe under a strict style-src CSP). */
export const cssVars = directive(CssVarsDirective);
