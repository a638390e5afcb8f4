import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // The cx- tags are custom elements, not Vue components: Vue renders them as they are,
        // sets bound values as properties when the element has them, and listens to their events.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('cx-') },
      },
    }),
  ],
});
