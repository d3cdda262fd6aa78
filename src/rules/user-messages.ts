// A rules-file problem as one line in the user's language: the CLI writes English, the
// extension its interface's language (zh_CN or en). Kept apart from user.ts so the content
// script, which only validates, does not carry the sentences.
import type { RulesProblem } from './user.js';

export type Lang = 'en' | 'zh';

const EXPECTED = {
  en: { array: 'a list', string: 'a text', object: 'an object' },
  zh: { array: '列表', string: '字符串', object: '对象' },
} as const;

/** `file`: a problem of a rules file (the rule is numbered); `rule`: of the one rule being edited. */
export type ProblemContext = 'file' | 'rule';

function where(p: RulesProblem, lang: Lang, context: ProblemContext): string {
  const field = p.field ? `"${p.field}"` : '';
  if (context === 'rule') return lang === 'zh' ? (field ? `字段 ${field}` : '规则') : field ? `field ${field}` : 'the rule';
  if (lang === 'zh') return p.rule === null ? (field ? `字段 ${field}` : '文件') : `第 ${p.rule} 条规则${field ? `的 ${field}` : ''}`;
  return p.rule === null ? (field ? `field ${field}` : 'the file') : `rule ${p.rule}${field ? `, field ${field}` : ''}`;
}

/** "rules file: rule 2, field "remove[1]": "div[" is not a valid CSS selector". */
export function describeProblem(p: RulesProblem, lang: Lang, context: ProblemContext = 'file'): string {
  const at = where(p, lang, context);
  const v = p.value ?? '';
  if (lang === 'zh') {
    const what: Record<RulesProblem['code'], string> = {
      'not-json': '不是 JSON 文件',
      'too-large': `文件太大（上限 ${p.limit} 个字符）`,
      'not-object': `${at}应为 JSON 对象`,
      version: `${at}应为 1（不是 ${v}），这不是清文规则文件`,
      'unknown-key': `${at}：不认识的字段`,
      type: `${at}应为${EXPECTED.zh[p.expected ?? 'string']}`,
      empty: `${at}不能为空`,
      'too-many': `${at}条目太多（上限 ${p.limit}）`,
      'too-long': `${at}太长（上限 ${p.limit} 个字符）`,
      host: `${at}："${v}" 不是有效的域名`,
      selector: `${at}："${v}" 不是有效的 CSS 选择器`,
    };
    return `${context === 'rule' ? '规则有误' : '规则文件有误'}：${what[p.code]}`;
  }
  const what: Record<RulesProblem['code'], string> = {
    'not-json': 'it is not JSON',
    'too-large': `it is too large (at most ${p.limit} characters)`,
    'not-object': `${at} must be a JSON object`,
    version: `${at} must be 1, not ${v}: this is not a Qingwen rules file`,
    'unknown-key': `${at} is not a field of a rules file`,
    type: `${at} must be ${EXPECTED.en[p.expected ?? 'string']}`,
    empty: `${at} must not be empty`,
    'too-many': `${at} has too many entries (at most ${p.limit})`,
    'too-long': `${at} is too long (at most ${p.limit} characters)`,
    host: `${at}: "${v}" is not a host name`,
    selector: `${at}: "${v}" is not a valid CSS selector`,
  };
  return `${context === 'rule' ? 'bad rule' : 'bad rules file'}: ${what[p.code]}`;
}
