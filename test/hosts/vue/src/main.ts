import 'cx-desk/tokens.css';
// Registers every cx-desk element before Vue mounts, so bindings find the elements' properties.
import 'cx-desk';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
