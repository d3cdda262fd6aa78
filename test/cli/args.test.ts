import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError, type CliOptions } from '../../src/cli/args.js';

function options(argv: string[]): CliOptions {
  const parsed = parseArgs(argv);
  if (parsed.kind !== 'run') throw new Error(`expected options, got ${parsed.kind}`);
  return parsed.options;
}

const DOCX_DEFAULTS = { font: '宋体', size: '小四', lineSpacing: 1.5, indent: true };

describe('parseArgs', () => {
  it('reads the Word options', () => {
    expect(options(['a.html', '--format', 'docx', '--out', 'a.docx', '--font', '仿宋', '--size=五号', '--line-spacing', '2', '--no-indent'])).toMatchObject({
      format: 'docx',
      out: 'a.docx',
      docx: { font: '仿宋', size: '五号', lineSpacing: 2, indent: false },
    });
    expect(options(['a.html', '--format', 'docx', '--out', 'a.docx', '--font', '黑体', '--size', '三号', '--line-spacing', '1.25']).docx).toEqual({ font: '黑体', size: '三号', lineSpacing: 1.25, indent: true });
    expect(options(['a.html', '--format', 'docx', '--out', 'a.docx', '--size', '小五']).docx.size).toBe('小五');
    expect(options(['a.html', '--format', 'word', '--split']).format).toBe('docx');
    expect(options(['a.html', '--format', 'html']).format).toBe('html');
  });

  it('defaults to Markdown on stdout', () => {
    expect(options(['a.html'])).toEqual({ inputs: ['a.html'], url: null, format: 'md', out: null, split: false, docx: DOCX_DEFAULTS, rules: null });
  });

  it('reads every option, in both --name value and --name=value forms', () => {
    expect(options(['a.html', '--url', 'https://x.com/1.html', '--format=json', '--out', 'o.json', '--rules', 'my.json'])).toEqual({
      inputs: ['a.html'],
      url: 'https://x.com/1.html',
      format: 'json',
      out: 'o.json',
      split: false,
      docx: DOCX_DEFAULTS,
      rules: 'my.json',
    });
    expect(options(['a.html', '--rules=r.json']).rules).toBe('r.json');
    expect(options(['-f', 'text', '-o', 'dir', '--split', 'a.html', 'b.html'])).toMatchObject({ format: 'text', out: 'dir', split: true, inputs: ['a.html', 'b.html'] });
  });

  it('accepts format aliases', () => {
    expect(options(['a', '--format', 'markdown']).format).toBe('md');
    expect(options(['a', '--format', 'TXT']).format).toBe('text');
  });

  it('takes everything after -- as inputs', () => {
    expect(options(['--', '--split', '-x.html']).inputs).toEqual(['--split', '-x.html']);
  });

  it('recognises help and version', () => {
    expect(parseArgs(['--help']).kind).toBe('help');
    expect(parseArgs(['a.html', '-h']).kind).toBe('help');
    expect(parseArgs(['--version']).kind).toBe('version');
  });

  const bad: [string[], RegExp][] = [
    [['a.html', '--bogus'], /unknown option --bogus/],
    [['a.html', '-x'], /unknown option -x/],
    [[], /no page given/],
    [['a.html', '--format', 'pdf'], /unknown format "pdf"/],
    [['a.html', '--format'], /--format needs a value/],
    [['a.html', '--out', '--split'], /--out needs a value/],
    [['a.html', '--split=yes'], /--split takes no value/],
    [['a.html', 'b.html', '--url', 'https://x.com/'], /--url goes with a single saved file/],
    [['https://x.com/a', '--url', 'https://x.com/'], /--url goes with a single saved file/],
    [['a.html', '--url', 'x.com/a.html'], /--url must be an http\(s\) address/],
    [['a.html', '--split', '--format', 'json'], /--split writes md or text/],
    [['-'], /standard input/],
    [['a.html', '--format', 'docx'], /--format docx writes a file: give --out/],
    [['a.html', '--font', 'Arial'], /unknown font "Arial"/],
    [['a.html', '--size', '初号'], /unknown size "初号"/],
    [['a.html', '--line-spacing', 'x'], /--line-spacing must be a number/],
  ];
  it.each(bad)('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
