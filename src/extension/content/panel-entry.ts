// The reader panel as a bundle of its own (panel.js): the background injects it when the
// reader opens, so the content script that runs on every known-site page at start-up stays
// small. It lives in the content script's isolated world, where the page cannot reach it.
import { Panel } from './panel.js';

const world = globalThis as { __qingwenPanel?: unknown };
if (typeof world.__qingwenPanel !== 'function') world.__qingwenPanel = Panel;
