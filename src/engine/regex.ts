// One helper for patterns built from page or rule text (a site's name, a page's file stem): a
// module of its own, so a bundle that needs it (the pages bundle's pager) takes nothing else.

/** The text as a literal inside a regular expression. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
