// Every regular expression the engine, the rules and the writers can run: the literals in
// their source (read with the TypeScript parser) and the ones they build with `new RegExp`
// (recorded while the engine cleans real pages, so patterns built from data are seen too).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  source: string;
  flags: string;
  where: string;
}

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** Regex literals in the given source folders. */
export function regexLiterals(folders: string[]): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const file of folders.flatMap((f) => sourceFiles(join(ROOT, f)))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const end = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        found.push({ source: text.slice(1, end), flags: text.slice(end + 1), where: `${relative(ROOT, file)}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** Runs `work` with `new RegExp` recorded when called from the project's own source. */
export async function constructedRegexes(work: () => Promise<void> | void): Promise<FoundRegex[]> {
  const found: FoundRegex[] = [];
  const Original = globalThis.RegExp;
  const srcDir = join(ROOT, 'src');
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const re = Reflect.construct(target, args) as RegExp;
      const caller = (new Error().stack ?? '').split('\n').slice(2).find((l) => l.includes(srcDir));
      const file = caller ? /([^\s()]+?):(\d+):\d+\)?$/.exec(caller) : null;
      if (file) found.push({ source: re.source, flags: re.flags, where: `${relative(ROOT, file[1]!)}:${file[2]}` });
      return re;
    },
    apply(target, _this, args: [string | RegExp, string?]) {
      return Reflect.apply(target, undefined, args) as RegExp;
    },
  });
  try {
    await work();
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}
