import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    viteConfig.optimizeDeps ??= {};
    // Without these, Vite pre-bundles Lit twice (once through the directive helpers) and Lit warns.
    viteConfig.optimizeDeps.include = [
      ...(viteConfig.optimizeDeps.include ?? []),
      'lit',
      'lit/directive-helpers.js',
      'lit/directives/guard.js',
      'lit/directives/ref.js',
      'lit/directives/style-map.js',
      '@lit-labs/virtualizer/virtualize.js',
    ];
    // cx-desk uses TypeScript's experimental decorators (useDefineForClassFields: false).
    viteConfig.oxc = {
      ...(typeof viteConfig.oxc === 'object' ? viteConfig.oxc : {}),
      decorator: { legacy: true },
    };
    return viteConfig;
  },
};

export default config;
