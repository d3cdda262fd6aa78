// The browser extension's part of `vite build`: one Vite environment per bundle (each a
// single IIFE file: content scripts cannot be ES modules, and the background/pages need no
// chunks), then the per-browser manifests. Output: dist/chrome and dist/firefox, each
// loadable unpacked as is.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EnvironmentOptions } from 'vite';
import { knownSiteMatches } from '../src/extension/known-sites.js';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
export const CHROME_DIR = join(DIST, 'chrome');
export const FIREFOX_DIR = join(DIST, 'firefox');

/** Bundle name → entry. */
const BUNDLES = {
  background: 'src/extension/background/index.ts',
  content: 'src/extension/content/index.ts',
  panel: 'src/extension/content/panel-entry.ts',
  readability: 'src/extension/content/readability-entry.ts',
  pages: 'src/extension/content/pages-entry.ts',
  picker: 'src/extension/picker/index.ts',
  options: 'src/extension/options.ts',
  offscreen: 'src/extension/offscreen.ts',
  // Injected only when the user asks for a traditional↔simplified conversion.
  opencc_t2s: 'src/extension/convert/t2s.ts',
  opencc_s2t: 'src/extension/convert/s2t.ts',
} as const;

/** Bundles built again for Firefox (different code paths chosen at build time). */
const FIREFOX_BUNDLES = ['background'] as const;

/** In build order: every bundle into dist/chrome, then the Firefox variants (after finishExtension copied the rest). */
export const EXTENSION_ENVIRONMENTS = Object.keys(BUNDLES).map((name) => `ext_${name}`);
export const FIREFOX_ENVIRONMENTS = FIREFOX_BUNDLES.map((name) => `ext_firefox_${name}`);

/** The bundle's file name: environment names allow no "-" (opencc_t2s → opencc-t2s.js). */
const fileOf = (name: string): string => name.replaceAll('_', '-');

function environment(name: keyof typeof BUNDLES, target: 'chrome' | 'firefox'): EnvironmentOptions {
  return {
    consumer: 'client',
    define: { __QINGWEN_TARGET__: JSON.stringify(target) },
    build: {
      outDir: target === 'chrome' ? CHROME_DIR : FIREFOX_DIR,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      modulePreload: false,
      rolldownOptions: {
        input: { [name]: join(ROOT, BUNDLES[name]) },
        output: { format: 'iife', entryFileNames: `${fileOf(name)}.js`, codeSplitting: false },
      },
    },
  };
}

export function extensionEnvironments(): Record<string, EnvironmentOptions> {
  return {
    ...Object.fromEntries((Object.keys(BUNDLES) as (keyof typeof BUNDLES)[]).map((name) => [`ext_${name}`, environment(name, 'chrome')])),
    ...Object.fromEntries(FIREFOX_BUNDLES.map((name) => [`ext_firefox_${name}`, environment(name, 'firefox')])),
  };
}

export function cleanExtensionDirs(): void {
  rmSync(CHROME_DIR, { recursive: true, force: true });
  rmSync(FIREFOX_DIR, { recursive: true, force: true });
  mkdirSync(CHROME_DIR, { recursive: true });
}

type Manifest = Record<string, unknown> & { permissions: string[]; background: Record<string, unknown> };

/** manifest.json with the placeholders filled ($PACKAGE_VERSION, "$KNOWN_SITES") for one browser. */
export function manifestFor(browser: 'chrome' | 'firefox'): Manifest {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const text = readFileSync(join(ROOT, 'manifest.json'), 'utf8')
    .replaceAll('$PACKAGE_VERSION', pkg.version)
    .replaceAll('"$KNOWN_SITES"', knownSiteMatches().map((m) => JSON.stringify(m)).join(', '));
  const m = JSON.parse(text) as Manifest;
  if (browser === 'chrome') {
    m.background = { service_worker: m.background.service_worker };
    delete m.browser_specific_settings;
  } else {
    // Firefox: an event page (no service worker), and no offscreen API: its background has a DOM.
    m.background = { scripts: m.background.scripts };
    m.permissions = m.permissions.filter((p) => p !== 'offscreen');
  }
  return m;
}

/** Content scripts are classic scripts: an import statement would be a syntax error there. */
function assertNoModuleSyntax(file: string): void {
  const code = readFileSync(file, 'utf8');
  if (/(^|[;}\s])(import\s*[{*"'\w]|export\s*[{*\w])/m.test(code) || /\bimport\s*\(/.test(code)) {
    throw new Error(`${file} contains module syntax; it must be one classic script`);
  }
}

/** After the Chromium bundles: pages, locales, icons and manifest into dist/chrome; then dist/firefox from it. */
export function finishExtension(): void {
  const pages = join(ROOT, 'src/extension/pages');
  for (const f of readdirSync(pages)) cpSync(join(pages, f), join(CHROME_DIR, f));
  cpSync(join(ROOT, 'public/_locales'), join(CHROME_DIR, '_locales'), { recursive: true });
  cpSync(join(ROOT, 'public/icons'), join(CHROME_DIR, 'icons'), { recursive: true });
  // Firefox has no offscreen documents (its background page has a DOM): leave those files out.
  cpSync(CHROME_DIR, FIREFOX_DIR, { recursive: true, filter: (src) => !/[\\/]offscreen\.(html|js)$/.test(src) });
  writeFileSync(join(CHROME_DIR, 'manifest.json'), JSON.stringify(manifestFor('chrome'), null, 2) + '\n');
  writeFileSync(join(FIREFOX_DIR, 'manifest.json'), JSON.stringify(manifestFor('firefox'), null, 2) + '\n');
}

/** Last: every bundle of both builds must be one classic script. */
export function checkExtension(): void {
  for (const dir of [CHROME_DIR, FIREFOX_DIR]) {
    for (const f of readdirSync(dir)) if (f.endsWith('.js')) assertNoModuleSyntax(join(dir, f));
  }
}
