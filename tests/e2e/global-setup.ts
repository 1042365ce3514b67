/**
 * End-to-end tests run against the kit as a user gets it: built by Vite into a folder of its own, served by the
 * kit's real server on a free port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { createApplication } from '../../server/app';
import { SqliteSessionStore } from '../../server/store/sqlite-session-store';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built kit is served, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
    /** The folder the kit was built into. */
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = mkdtempSync(join(tmpdir(), 'pb-e2e-dist-'));
  // Vitest runs with NODE_ENV=test, which would build Lit's development variant: build what users get.
  const testEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = testEnv;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'pb-e2e-data-'));
  const store = new SqliteSessionStore({ dir: dataDir });
  const app = await createApplication({ distDir, store });
  const { port } = await app.listen(0, '127.0.0.1');
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('distDir', distDir);
  return async () => {
    await app.close();
    await store.close();
    rmSync(distDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  };
}
