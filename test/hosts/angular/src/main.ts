// Registers every cx-desk element before Angular renders the first template.
import 'cx-desk';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { App } from './app/app';

// Zoneless (no zone.js): signals tell Angular when to render, including state set by widget events.
bootstrapApplication(App, {
  providers: [provideBrowserGlobalErrorListeners(), provideZonelessChangeDetection()],
}).catch((error: unknown) => console.error(error));
