#!/usr/bin/env node
// The `qingwen` command. Everything that can go wrong ends as one `qingwen: …` line on
// stderr and a non-zero exit code; a stack trace only with QINGWEN_DEBUG=1.

import { escapeControls } from './controls.js';
import { run } from './run.js';

const debug = process.env.QINGWEN_DEBUG === '1';

function fail(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  const text = debug && err instanceof Error && err.stack ? err.stack : message.trim().split('\n')[0] || 'unexpected error';
  process.stderr.write(`qingwen: ${text.split('\n').map(escapeControls).join('\n')}\n`);
  process.exitCode = 1;
}

// `qingwen … | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  fail(err);
});
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
}).then((code) => {
  process.exitCode = code;
}, fail);
