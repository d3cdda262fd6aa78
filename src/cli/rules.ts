// `--rules FILE`: the user's site rules, read and validated before any page is opened. A bad
// file is one line on stderr (what is wrong, in which rule and field) and exit code 1, as
// other bad input; selectors are checked with linkedom, the DOM the CLI's engine runs them on.
import { parseHtml } from '../node/parse.js';
import { describeProblem } from '../rules/user-messages.js';
import { domSelectorCheck, parseRulesFile, RULE_LIMITS, type UserRule } from '../rules/user.js';

export type LoadedRules = { ok: true; rules: UserRule[] } | { ok: false; message: string };

/** Node's file errors in words. */
function readError(err: unknown): string {
  switch ((err as NodeJS.ErrnoException | null)?.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a folder, not a rules file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTREG':
      return 'not a regular file (a pipe, device or socket)';
    case 'EFBIG':
      return `bad rules file: it is too large (at most ${RULE_LIMITS.fileChars} characters)`;
    default:
      return `cannot read it (${err instanceof Error ? err.message : String(err)})`;
  }
}

export async function loadRulesFile(path: string, readFile: (path: string, maxBytes?: number) => Promise<Uint8Array>): Promise<LoadedRules> {
  let bytes: Uint8Array;
  try {
    // A UTF-8 character is at most 4 bytes: the character limit is checked after decoding.
    bytes = await readFile(path, RULE_LIMITS.fileChars * 4);
  } catch (err) {
    return { ok: false, message: readError(err) };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'bad rules file: it is not UTF-8 text' };
  }
  const result = parseRulesFile(text, domSelectorCheck(parseHtml('<html><body></body></html>')));
  return result.ok ? result : { ok: false, message: describeProblem(result.problem, 'en') };
}
