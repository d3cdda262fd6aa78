/// <reference types="vitest/config" />
import { rmSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { defineConfig } from 'vite';
import {
  checkExtension,
  cleanExtensionDirs,
  EXTENSION_ENVIRONMENTS,
  extensionEnvironments,
  finishExtension,
  FIREFOX_ENVIRONMENTS,
} from './scripts/build-extension.js';

// One `vite build` writes the Node library (dist/lib) and the CLI (dist/cli), then the
// browser extension (dist/chrome, dist/firefox; see scripts/build-extension.ts).
// Dependencies stay external in the Node build: Node resolves them from node_modules.
const external = [/^node:/, 'linkedom', '@mozilla/readability', 'docx'];

export default defineConfig({
  plugins: [
    {
      // The bin keeps its `#!/usr/bin/env node` line (an entry's hashbang is preserved);
      // it also needs the executable bit to run as `qingwen` / `npx qingwen`.
      name: 'qingwen-bin-executable',
      async writeBundle(out, bundle) {
        if ('cli/qingwen.js' in bundle) await chmod(join(out.dir ?? 'dist', 'cli/qingwen.js'), 0o755);
      },
    },
  ],
  environments: {
    // The library + CLI build. It lives in its environment rather than in the top-level
    // `build` because every environment inherits the top-level `build` (and merges arrays
    // such as `external`), and the extension bundles must inline their dependencies.
    client: {
      build: {
        target: 'node20',
        outDir: 'dist',
        emptyOutDir: false,
        copyPublicDir: false, // public/ holds the extension's files and the sample page
        minify: false,
        sourcemap: false,
        lib: {
          entry: { 'lib/index': 'src/index.ts', 'cli/qingwen': 'src/cli/main.ts' },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rolldownOptions: { external, output: { chunkFileNames: 'lib/[name]-[hash].js' } },
      },
    },
    ...extensionEnvironments(),
  },
  builder: {
    async buildApp(builder) {
      // Environments share dist/ (none empties it), so stale chunks are cleared here once.
      rmSync('dist', { recursive: true, force: true });
      await builder.build(builder.environments.client!);
      cleanExtensionDirs();
      for (const name of EXTENSION_ENVIRONMENTS) await builder.build(builder.environments[name]!);
      finishExtension();
      for (const name of FIREFOX_ENVIRONMENTS) await builder.build(builder.environments[name]!);
      checkExtension();
    },
  },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30000,
  },
});
