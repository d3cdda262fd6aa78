// Downloads the article as a UTF-8 file with a readable, safe name (from the formats).
import browser from 'webextension-polyfill';

/** A URL the downloads API accepts: a blob where the context can make one (Firefox), else data:. */
function fileUrl(text: string, mime: string): { url: string; revoke: () => void } {
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
    return { url, revoke: () => URL.revokeObjectURL(url) };
  }
  // Chromium's service worker has no createObjectURL.
  return { url: `data:${mime};charset=utf-8,${encodeURIComponent(text)}`, revoke: () => {} };
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

export async function downloadText(text: string, filename: string): Promise<string> {
  const mime = filename.endsWith('.md') ? 'text/markdown' : 'text/plain';
  const { url, revoke } = fileUrl(text, mime);
  try {
    const id = await browser.downloads.download({ url, filename, conflictAction: 'uniquify', saveAs: false });
    return await finalName(id, filename);
  } finally {
    // Firefox reads the blob when the download starts; give it a moment before letting go.
    setTimeout(revoke, 60_000);
  }
}
