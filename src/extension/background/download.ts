// Downloads the article as a UTF-8 file (or a .docx's bytes) with a readable, safe name (from the formats).
import browser from 'webextension-polyfill';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** A URL the downloads API accepts: a blob where the context can make one (Firefox), else data:. */
function fileUrl(data: string | Uint8Array, mime: string): { url: string; revoke: () => void } {
  const type = typeof data === 'string' ? `${mime};charset=utf-8` : mime;
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
    return { url, revoke: () => URL.revokeObjectURL(url) };
  }
  // Chromium's service worker has no createObjectURL.
  const url = typeof data === 'string' ? `data:${type},${encodeURIComponent(data)}` : `data:${type};base64,${base64(data)}`;
  return { url, revoke: () => {} };
}

/** Resolves with the name the browser really used (uniquify may add " (1)"). */
async function finalName(id: number, wanted: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const [item] = await browser.downloads.search({ id });
    if (!item || item.state === 'interrupted') throw new Error(`download failed${item?.error ? `: ${item.error}` : ''}`);
    if (item.filename) return item.filename.split(/[\\/]/).pop() ?? wanted;
    await new Promise((r) => setTimeout(r, 100));
  }
  return wanted;
}

export async function downloadFile(data: string | Uint8Array, filename: string): Promise<string> {
  const mime = filename.endsWith('.docx') ? DOCX_MIME : filename.endsWith('.zip') ? 'application/zip' : filename.endsWith('.md') ? 'text/markdown' : 'text/plain';
  const { url, revoke } = fileUrl(data, mime);
  try {
    const id = await browser.downloads.download({ url, filename, conflictAction: 'uniquify', saveAs: false });
    return await finalName(id, filename);
  } finally {
    // Firefox reads the blob when the download starts; give it a moment before letting go.
    setTimeout(revoke, 60_000);
  }
}
