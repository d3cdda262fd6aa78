// Reading saved pages: regular files only, never more than the size limit. A next page's
// name comes from the page's own links, so its "file" may be a FIFO (open would wait for a
// writer for good) or a symlink to /dev/zero (endless): O_NONBLOCK makes opening a FIFO
// return at once, fstat then says what the file really is.

import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** The most a page may be, saved or downloaded. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

function refuse(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/** The bytes of a regular file of at most `maxBytes`; other files are refused with code ENOTREG, bigger ones with EFBIG. */
export async function readPageBytes(path: string, maxBytes = MAX_PAGE_BYTES): Promise<Uint8Array> {
  const file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const s = await file.stat();
    if (s.isDirectory()) throw refuse('EISDIR', 'is a folder');
    if (!s.isFile()) throw refuse('ENOTREG', 'not a regular file');
    if (s.size > maxBytes) throw refuse('EFBIG', 'too large');
    // Never more than its size when we looked, plus one byte to notice a file past the limit.
    const buf = new Uint8Array(Math.min(s.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await file.read(buf, length, buf.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw refuse('EFBIG', 'too large');
      if (length === buf.length) break;
    }
    return buf.subarray(0, length);
  } finally {
    await file.close();
  }
}
