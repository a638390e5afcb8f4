import { html, LitElement, render } from 'lit';
import { resolveShadowRootMode } from './config.js';
import { VERSION } from './version.js';

type CxElementClass = typeof CxElement;

/**
 * Base class of every cx-desk element: version-aware registration that never throws, and a shadow
 * root whose mode the host page can choose (open by default, closed when configured).
 */
export abstract class CxElement extends LitElement {
  /** The tag this class registers under with `define()`. */
  static tagName: string;

  /** The cx-desk version this class belongs to. */
  static readonly cxVersion: string = VERSION;

  /** Elements this one renders, by tag: `define()` registers them first, in the same registry. */
  static readonly dependencies: Readonly<Record<string, CxElementClass>> = {};

  /**
   * Registers the element. Same tag already defined by the same version of cx-desk: a silent no-op
   * (the bundle loaded twice). Defined by another version or library: a console warning, and the
   * existing definition stays. Never throws.
   */
  static define(
    this: CxElementClass,
    tagName: string = this.tagName,
    registry: CustomElementRegistry = customElements,
  ): void {
    try {
      // A dependency already there (this copy's, or another's, which warns on its own define) is kept.
      for (const [tag, dependency] of Object.entries(this.dependencies))
        if (!registry.get(tag)) dependency.define(tag, registry);
      const existing = registry.get(tagName) as
        (CustomElementConstructor & { cxVersion?: string }) | undefined;
      if (!existing) {
        // A class can be registered once per registry; a subclass keeps the same behaviour under another tag.
        const ctor = isRegistered(registry, this)
          ? class extends (this as unknown as typeof LitElement) {}
          : this;
        registry.define(tagName, ctor as unknown as CustomElementConstructor);
        return;
      }
      if (existing === (this as unknown) || existing.cxVersion === this.cxVersion) return;
      console.warn(
        `[cx-desk] <${tagName}> is already defined by ${
          existing.cxVersion ? `cx-desk ${existing.cxVersion}` : 'another script'
        }; cx-desk ${this.cxVersion} keeps that definition and does not register its own.`,
      );
    } catch (error) {
      console.warn(`[cx-desk] <${tagName}> could not be defined:`, error);
    }
  }

  /**
   * True for an element that renders its parts as its own children (light DOM, as `<lit-virtualizer>`
   * does) so that the widget holding it styles them, and its ids, focus and `::part()` names reach
   * them; the element's shadow root only slots those children and holds its default styles.
   */
  protected static readonly rendersOwnChildren: boolean = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const ctor = this.constructor as typeof LitElement & { rendersOwnChildren: boolean };
    const mode = resolveShadowRootMode();
    if (mode !== ctor.shadowRootOptions.mode) {
      // Lit reads the static shadowRootOptions here; the page-wide mode applies to the whole class.
      Object.defineProperty(ctor, 'shadowRootOptions', {
        value: { ...ctor.shadowRootOptions, mode },
        configurable: true,
        writable: true,
      });
    }
    const root = super.createRenderRoot();
    if (!ctor.rendersOwnChildren) return root;
    render(html`<slot></slot>`, root);
    // LitElement points renderBefore into the shadow root (before shimmed styles): not our container.
    this.renderOptions.renderBefore = null;
    return this;
  }
}

function isRegistered(
  registry: CustomElementRegistry,
  ctor: CustomElementConstructor | CxElementClass,
): boolean {
  return typeof registry.getName === 'function'
    ? registry.getName(ctor as CustomElementConstructor) !== null
    : false;
}
