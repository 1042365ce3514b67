/** Modules made at build time by scripts/ink/vite-plugin.ts from the `.ink` files beside the decks. */
declare module 'virtual:pb-scenarios' {
  /** `"<scenario-id>/<lang>"` → the scenario's JSON for the ink runtime, loaded on demand. */
  export const scenarioLoaders: Readonly<Record<string, () => Promise<{ default: string }>>>;
}
