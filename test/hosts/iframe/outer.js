// The embedding page: lists what the agent desktop in the iframe relays with postMessage, accepting
// messages only from that frame and this origin.

/** @type {Array<{ type: string, tag: string, detail: unknown }>} */
const relayedEvents = [];
Object.defineProperty(window, 'relayedEvents', { value: relayedEvents });

const frame = document.querySelector('iframe[name="agent-desktop"]');
const list = document.getElementById('relayed');

window.addEventListener('message', (event) => {
  if (!(frame instanceof HTMLIFrameElement) || event.source !== frame.contentWindow) return;
  if (event.origin !== location.origin || event.data?.source !== 'cx-desk') return;
  const { type, tag, detail } = event.data;
  relayedEvents.push({ type, tag, detail });
  const item = document.createElement('li');
  item.textContent = `${type} ${JSON.stringify(detail)}`;
  list?.append(item);
});
