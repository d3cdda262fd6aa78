// Page text and page-chosen names end up on a terminal, where control characters are
// commands (OSC 52 writes the clipboard, ESC c clears the screen, CR overwrites a line).
// Output text loses them; messages show them escaped, so the user still sees what was there.

/** C0 controls but \t and \n, DEL, and the C1 range (which some terminals obey as 8-bit codes). */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** In a message a tab or newline is a control too: a message is one line. */
const MESSAGE_CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** Output text (Markdown, plain text) without control characters other than \t and \n. */
export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** JSON with every control character as a \u escape (JSON.stringify leaves DEL and C1 raw). */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A message for stderr with every control character shown as \xHH. */
export function escapeControls(text: string): string {
  return text.replace(MESSAGE_CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
