// Where a page of an article is saved next to its first page, the way a mirroring crawler
// (wget) saves it: what the CLI looks for when it reads a saved page, and what a saved test
// case (test-case.ts) writes. Plain string work, no file system: the extension uses it too.

/**
 * The file a next page was saved as: the last path segment of its URL, in the first
 * page's folder (…/169108_2.html → 169108_2.html). A query string is part of the saved
 * name when there is one (wget saves "list.php?page=2", and "/?p=7&page=2" as "index.html?p=7&page=2").
 */
export function siblingFileName(url: string): string {
  const u = new URL(url);
  let segment = u.pathname.slice(u.pathname.lastIndexOf('/') + 1);
  try {
    segment = decodeURIComponent(segment);
  } catch {
    // keep the raw segment: a malformed escape is still a possible file name
  }
  // A folder's page with a query ("/?p=2318&page=2") is saved as its index ("index.html?p=2318&page=2").
  if (segment === '' && u.search) segment = 'index.html';
  if (segment === '' || segment === '.' || segment === '..' || segment.includes('/') || segment.includes('\\')) {
    throw new Error(`no file name in ${url}`);
  }
  if (!u.search) return segment;
  let withQuery = segment + u.search;
  try {
    withQuery = segment + decodeURIComponent(u.search);
  } catch {
    // keep the escaped query
  }
  // A decoded "/" in the query must not lead out of the folder.
  return !withQuery.includes('/') && !withQuery.includes('\\') ? withQuery : segment + u.search.replace(/[/\\]/g, '_');
}

/**
 * Where a mirroring crawler saved a next page: its path relative to the first page's folder
 * ("2/" → "2/index.html", "p/3.html"), or null when it lies elsewhere.
 */
export function mirroredFileName(url: string, firstUrl: string): string | null {
  let u: URL;
  let f: URL;
  try {
    u = new URL(url);
    f = new URL(firstUrl);
  } catch {
    return null;
  }
  const dir = f.pathname.slice(0, f.pathname.lastIndexOf('/') + 1);
  if (u.origin !== f.origin || !u.pathname.startsWith(dir)) return null;
  let rest = u.pathname.slice(dir.length);
  try {
    rest = decodeURIComponent(rest);
  } catch {
    return null;
  }
  if (!rest.endsWith('/') && !rest.includes('/')) return null; // a plain sibling: siblingFileName's case
  if (rest.endsWith('/')) rest += 'index.html';
  const parts = rest.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\'))) return null;
  return parts.join('/') + (u.search ? u.search.replace(/[/\\]/g, '_') : '');
}

/** The file a page of the article is saved as, relative to the first page's folder. */
export function pageFileName(url: string, firstUrl: string): string {
  return mirroredFileName(url, firstUrl) ?? siblingFileName(url);
}
