// Runs just before the page's module script is fetched, parsed and run: "script start".
window.benchStart = performance.now();
