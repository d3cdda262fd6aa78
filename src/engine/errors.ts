/** A problem with the input that the user can act on: shells print `message` as one line, no stack. */
export class QingwenError extends Error {
  constructor(
    message: string,
    readonly code: 'no-article' | 'not-html' | 'empty' | 'decode' | 'fetch' | 'file' | 'usage' = 'no-article',
  ) {
    super(message);
    this.name = 'QingwenError';
  }
}
