// Every test runs the engine as the Node entries do: with Mozilla Readability registered
// (src/engine/readability.ts). The extension's start-up script runs without it on purpose;
// a test that imports the engine's modules directly would otherwise fall back silently.
import '../src/engine/readability.js';
