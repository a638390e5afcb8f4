// custom-elements.json: drives Storybook docs, editor data and the host-contract test.

/** Events are documented with @fires; drop the nameless entries the analyzer infers from `dispatchEvent(new XEvent())`. */
function keepDocumentedEventsOnly() {
  return {
    name: 'cx-keep-documented-events',
    packageLinkPhase({ customElementsManifest }) {
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

export default {
  globs: ['src/components/**/*.component.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: process.env.CX_CEM_OUTDIR ?? '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [keepDocumentedEventsOnly()],
};
