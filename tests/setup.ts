// Shared test setup. DOM matchers are added only where a DOM exists (component tests run in jsdom).
if ('window' in globalThis) {
  await import('@testing-library/jest-dom/vitest');
}
export {};
