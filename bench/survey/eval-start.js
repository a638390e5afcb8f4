// Imported first by each page: its value is taken when the bundle starts executing (fetched, parsed,
// compiled). An export that is used, so esbuild keeps it despite package.json's sideEffects list.
export const evalStart = performance.now();
