// custom-elements.json: drives Storybook docs, editor data and the host-contract test.
// Also writes editor support shipped in the package (editor/): VS Code custom data for HTML and CSS
// and JSX types for React/Preact/Solid hosts.
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { readFileSync, writeFileSync } from 'node:fs';

/** Events are documented with @fires; drop the nameless entries the analyzer infers from `dispatchEvent(new XEvent())`. */
function keepDocumentedEventsOnly() {
  return {
    name: 'cx-keep-documented-events',
    packageLinkPhase({ customElementsManifest }) {
      // The glob returns files in file-system order, which differs between clones: sort by path.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => !(member.static && member.name === 'tagName'));
          }
        }
      }
    },
  };
}

/**
 * The JSX generator reads `@fires {CxFooEvent}` as the event's detail type and imports a type once per
 * element that fires it. Our @fires types are the event classes: use them as the handler's parameter,
 * and import each name once.
 */
function fixJsxTypes(file) {
  return {
    name: 'cx-fix-jsx-types',
    packageLinkPhase() {
      let text = readFileSync(file, 'utf8');
      text = text.replace(/import type \{([^}]*)\} from/, (_match, names) => {
        const unique = [...new Set(names.split(',').map((name) => name.trim()).filter(Boolean))];
        return `import type {\n  ${unique.join(',\n  ')},\n} from`;
      });
      text = text.replace(/CustomEvent<(Cx\w+Event)>/g, '$1');
      writeFileSync(file, text);
    },
  };
}

const EDITOR_DIR = process.env.CX_CEM_OUTDIR ? `${process.env.CX_CEM_OUTDIR}/editor` : 'editor';

export default {
  // The form-associated mixin: the members it gives the form controls are documented on them.
  globs: ['src/components/**/*.component.ts', 'src/internal/form-associated.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: process.env.CX_CEM_OUTDIR ?? '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    keepDocumentedEventsOnly(),
    customElementVsCodePlugin({
      outdir: EDITOR_DIR,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJsxPlugin({
      outdir: EDITOR_DIR,
      fileName: 'jsx.d.ts',
      // Element classes and event types all come from the package's main entry.
      globalTypePath: '../dist/index.js',
      hideLogs: true,
    }),
    fixJsxTypes(`${EDITOR_DIR}/jsx.d.ts`),
  ],
};
