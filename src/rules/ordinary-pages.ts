// Phrase families of ordinary pages — English pages' bylines, dates, pagers and prompts, a news
// story's reporters, edition and credit lines, a missing page's apology — that a 范文 template page
// never prints. They travel with the generic reader (generic-reader.ts): a page without a site rule
// gets them, the script that runs on every known-site page does not carry them. Data, like generic.ts.
import type { PhraseRule } from './define.js';
/** An English date: "12 February 2024", "14th March 2003", "Feb. 12, 2024", "2024-02-12". */
const EN_MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
const EN_DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s${EN_MONTH},?\\s\\d{4}|${EN_MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4}|\\d{4}-\\d{2}-\\d{2})`;

const EN_WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s';
const EN_TIME = '(?:,?\\s(?:at\\s)?\\d{1,2}[:.]\\d{2}\\s?(?:[ap]\\.?m\\.?)?(?:\\s[A-Z]{2,4})?)?';
/** "Last updated: 12 February 2024", "Published March 3, 2024 at 9:15 a.m. EST", "updated Tue 11 Feb 2025 at 4:05pm". */
const EN_STAMP = `(?:last\\s)?(?:updated?|published|posted|modified|reviewed)(?:\\son)?\\s?:?\\s(?:${EN_WEEKDAY})?${EN_DATE}${EN_TIME}`;

export const ORDINARY_PAGE_BOILERPLATE: PhraseRule[] = [
  // A fold's button with the share left ("展开剩余75%", "剩余 60% 未读").
  { reason: 'toggle', re: /^(?:点击)?(?:展开|阅读|查看)?剩余\s{0,2}\d{1,2}\s{0,2}%(?:\s{0,2}(?:未读|内容|全文))?\s{0,2}[>»∨]?$/, max: 16 },
  // A document's running header or footer, where a page of it ends: "精品文档 欢迎下载", "word版可编辑，欢迎下载".
  { reason: 'site talk', re: /^(?:(?:精品|优质|精选|推荐)文档|(?:word|WORD|Word)(?:版|文档)?\s{0,2}可编辑)?[\s,，、.。·|]{0,3}(?:欢迎下载|可编辑|可修改)(?:[\s,，、!！]{0,3}(?:欢迎下载|可编辑|可修改|仅供参考))?[!！。]?$/, max: 20, marksCut: true },
  // A reader's price button left from its strip: "2 积分下载", "5下载券下载".
  { reason: 'site talk', re: /^\d{1,4}\s{0,2}(?:积分|下载券|金币|文库币|点券|元)\s{0,2}(?:下载|下载本文|下载文档)$/, max: 14 },
  // A forum's page-generation line at its foot: "GMT+8, 2024-3-11 22:05, Processed in 0.061254 second(s), 21 queries ."
  { reason: 'footer', re: /^GMT[+-]\d{1,2}(?::\d{2})?,\s?\d{4}-\d{1,2}-\d{1,2}\s\d{1,2}:\d{2}(?:\s?,\s?Processed in [\d.]{1,12} second\(s\)\s?,\s?\d{1,6} queries)?(?:\s?,\s?(?:Gzip|Memcache|Redis) On)?\s?\.?$/i, max: 120 },
  // A forum post's furniture (matched on the simplified text, so 樓主/發表於 too): its floor (楼主,
  // 沙发, 5#), its time line with 只看该作者, its tools
  // (回复, 使用道具 举报, 支持 反对), the thread's counts (查看: 2317|回复: 3), a locked attachment's prompt.
  { reason: 'post furniture', re: /^(?:楼主|沙发|板凳|地板|地下室|\d{1,5}\s?[#楼])$/, max: 8 },
  { reason: 'post furniture', re: /^发表于\s{0,2}\d{4}-\d{1,2}-\d{1,2}\s{0,2}\d{1,2}:\d{2}(?::\d{2})?\s{0,2}(?:[|｜]\s{0,2}(?:只看该作者|倒序浏览|阅读模式)\s{0,2})*$/, max: 60 },
  { reason: 'post furniture', re: /^(?:回复|举报|使用道具|只看该作者|\[复制链接\])$/, max: 8 },
  { reason: 'post furniture', re: /^(?:回复|引用|举报|使用道具|支持|反对|评分|分享|收藏|点评|编辑)(?:\s{0,2}(?:回复|引用|举报|使用道具|支持|反对|评分|分享|收藏|点评|编辑)){1,8}$/, max: 40 },
  { reason: 'post furniture', re: /^查看[:：]\s{0,2}\d{1,9}\s{0,2}[|｜]\s{0,2}回复[:：]\s{0,2}\d{1,9}$/, max: 30 },
  { reason: 'post furniture', re: /^本帖子中包含更多资源$|^您需要\s{0,2}登录\s{0,2}才可以下载或查看/, max: 60 },
  // A reply's quote of an earlier post, under its poster and time ("云边小卖部 发表于 2025-4-8 20:13" + the words quoted).
  { reason: 'post furniture', re: /^[^\n]{1,24}\s{1,2}发表于\s{0,2}\d{4}-\d{1,2}-\d{1,2}\s{0,2}\d{1,2}:\d{2}(?::\d{2})?\n/, max: 240 },
  // An English forum post's counters ("2 Likes", "14 replies") and a crawler view's date and post number ("2025-04-07#1").
  { reason: 'post furniture', re: /^\d{1,6}\s(?:likes?|replies|reply|views?|reactions?)$/i, max: 20 },
  { reason: 'post furniture', re: /^\d{4}-\d{2}-\d{2}\s?#\d{1,5}$/, max: 20 },
  // (Its close button, a lone "x", is left standing after the prompt's lines.)
  { reason: 'post furniture', re: /^[x×]$/, max: 1 },
  // A news story's own furniture: the reporters' line ("本报记者 陈思远 赵一鸣"), the paper's edition
  // ("《人民日报》（2024年05月13日 第07版）"), the original title ("（原标题：…）"), a photo credit ("新华社记者林涛摄"),
  // the credits of a school news item ("（文/宋雨萱 图/党委宣传部 审核/陈立）").
  { reason: 'author/time line', re: /^(?:本报|本台|本网|新华社|中新社|人民网|央视网)?(?:特约|实习)?(?:记者|通讯员|实习生)(?:\s{0,2}[\u4e00-\u9fa5·]{2,4}){1,6}$/, max: 40 },
  { reason: 'author/time line', re: /^《[^》]{2,12}》\s{0,2}[（(]\s{0,2}\d{4}年\d{1,2}月\d{1,2}日\s{0,2}(?:第\s{0,2}\d{1,3}\s{0,2}版)?\s{0,2}[）)]$/, max: 40 },
  { reason: 'author/time line', re: /^[（(]\s{0,2}原标题\s{0,2}[:：][^（）()]{2,60}[）)]$|^原标题\s{0,2}[:：][^（）()]{2,60}$/, max: 70 },
  { reason: 'author/time line', re: /^[（(]?(?:(?:新华社|中新社|本报|本网|人民网)?(?:记者|通讯员|摄影记者)\s{0,2})?[\u4e00-\u9fa5·]{2,4}(?:\s{1,2}[\u4e00-\u9fa5·]{2,4}){0,2}\s{0,2}摄[）)]?$/, max: 30 },
  { reason: 'author/time line', re: /^[（(]\s{0,2}(?:(?:文|图|文字|摄影|图片|编辑|审核|校对|责编|初审|复审|终审)\s{0,2}[/／:：]\s{0,2}[^/／:：()（）\s]{1,12}\s{0,3}){2,6}[）)]$/, max: 60 },
  // A picture's credit standing as a line: "Photograph: Harbour Gazette / Sam Oduya", "图片来源：视觉中国", "摄影：林晓".
  { reason: 'author/time line', re: /^[（(]?(?:(?:photograph|photo|picture|image|illustration)s?(?:\s(?:by|credit))?|credit|图片来源|图源|摄影|供图|图\/文)\s?[:：]\s?[^.!?。！？，,；;]{2,60}[）)]?$/i, max: 80 },
  // A post's byline with its reading time: "Sam Whitcombe · 8 min read", "6 min read".
  { reason: 'author/time line', re: /^(?:[^.!?。！？·|]{1,60}\s?[·|•]\s?)?\d{1,3}\s?(?:min|minute)s?\s(?:read|reading)$/i, max: 80 },
  // An English byline at the top: "By Tom Garside", "By Ana Ruiz and Li Wei", "by E. M. Pargeter".
  { reason: 'author/time line', re: /^[Bb]y\s[A-Z][\w'’.-]{0,20}(?:\s(?:[A-Z][\w'’.-]{0,20}|de|van|von|and|&))(?:\s(?:[A-Z][\w'’.-]{0,20}|and|&)){0,4}$/, max: 60, leadingOnly: true },
  // An English page's date line: "Last updated: 12 February 2024", "Published March 3, 2024 at 9:15 a.m. EST".
  // Also with a weekday and a second stamp: "Posted Tue 11 Feb 2025 at 2:21pm, updated Tue 11 Feb 2025 at 4:05pm".
  { reason: 'author/time line', re: new RegExp(`^${EN_STAMP}(?:[,;|]?\\s${EN_STAMP})?\\.?$`, 'i'), max: 120 },
  // An English pager's word left as a line ("Next page", "« Older posts").
  { reason: 'pager text', re: /^(?:[«‹<]\s?)?(?:next|previous|prev|older|newer)\s(?:page|posts|entries)(?:\s?[»›>])?$/i, max: 20, marksCut: true },
  // A recipe blog's jump button and its affiliate disclosure ("This post may contain affiliate links. Read the full disclosure.").
  // Its card's buttons ("Jump to Recipe Print Recipe"), rating ("4.9 from 37 votes"), times, servings and tags, and the nutrition disclaimer.
  { reason: 'site talk', re: /^(?:(?:jump|skip) to (?:the )?(?:recipe|method|instructions|ingredients|directions)|(?:print|pin|save|rate) (?:this |the )?recipe)(?:\s(?:(?:jump|skip) to (?:the )?(?:recipe|method)|(?:print|pin|save|rate) (?:this |the )?recipe)){0,4}$/i, max: 80 },
  { reason: 'site talk', re: /^\d(?:\.\d{1,2})?\s?(?:stars?\s)?from\s\d{1,6}\s(?:votes?|ratings?|reviews?)$/i, max: 30 },
  { reason: 'site talk', re: /^(?:(?:prep|cook|cooking|total|bake|baking|active|inactive|resting|rest|chilling|chill|rising|proofing|marinating|freezing|soaking)(?:\stime)?|servings|serves|yield)\s?:?\s?\d{1,4}(?:[.,/–-]\d{1,4})?\s?[a-z]{0,10}(?:\s\d{1,3}\s?[a-z]{1,7})?$/i, max: 40 },
  { reason: 'site talk', re: /^(?:[Cc]ourse|[Cc]uisine|[Kk]eywords?|[Dd]iet)\s?:?\s[A-Z][\w'’&-]{1,20}(?:,?\s[\w'’&-]{1,20}){0,5}$/, max: 60 },
  { reason: 'site talk', re: /^(?:tried|made) this recipe\?\s?(?:leave|give|let|tag|share|rate|mention|snap)/i, max: 160 },
  { reason: 'site talk', re: /^nutrition(?:al)? (?:information|info|facts) (?:is|are) (?:an? )?(?:automatic(?:ally)? |approximate |computer[- ]generated )?(?:estimate|estimated|calculated|approximate|provided)/i, max: 200 },
  { reason: 'site talk', re: /^(?:this|the) (?:post|article|page|recipe) (?:may )?contains? affiliate links\b|^as an amazon associate,? i earn from qualifying purchases/i, max: 240 },
  // A feedback prompt under the page ("Was this page helpful?", "Is this page useful?").
  { reason: 'feedback prompt', re: /^(?:was this (?:page|article|information|answer) (?:helpful|useful)|is this page useful|did you find (?:this|what you were looking for)(?: (?:helpful|useful))?|(?:这篇|本篇)?(?:文章|本文|内容|页面)对(?:你|您)有(?:帮助|用)吗)\s?[?？]?$/i, max: 60 },
  // A missing page's apology ("the page you were looking for doesn't exist", "您访问的页面不存在").
  { reason: 'not found page', re: /\bthe page you (?:were|are) looking for (?:doesn['’]t|does not|could not|can['’]t|cannot|no longer|has been|may have)|^(?:404\b|Page not found)|(?:您|你)?(?:访问|要找|所访问)的页面(?:已经)?不存在|找不到(?:您要访问的|该)?页面/i, max: 240 },
  // A sign-in form's own lines: "New here? Create an account", "By signing in you agree to our Terms…", "登录即表示同意…".
  { reason: 'account form', re: /^(?:New here\?|Don'?t have an account\?|Forgot (?:your )?password\?|Already have an account\?)|\bBy (?:signing (?:in|up)|logging in|continuing|creating an account|registering),? you (?:agree|accept|consent)\b|^(?:还没有账号|没有账号|忘记密码)|(?:登录|注册)即(?:表示|代表)?(?:您)?(?:已)?(?:阅读并)?同意/i, max: 240 },
];
/** A title part that says the page is missing ("404", "Page not found", "您访问的页面不存在"). */
export const NOT_FOUND_PART = /^(?:(?:error\s|http\s)?404(?:\s?(?:error|错误|not found|page))?|(?:sorry[,!]?\s)?(?:the\s)?page (?:was\s)?not found|(?:file\s)?not found|页面不存在|页面未找到|网页不存在|找不到(?:该|此|您要的|您访问的)?(?:页面|网页)|(?:(?:抱歉|对不起|很抱歉)[，,！!]?\s?)?(?:您|你)?(?:所|要)?(?:访问|访问的|要访问的|所访问的|查找的)?(?:页面|网页)(?:不存在|找不到了?|已被?删除|已失效|走丢了|去火星了))[!！。.]?$/i;
