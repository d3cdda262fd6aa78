// The panel's own style sheet, inside its shadow root: the page's CSS cannot reach in, and
// `:host { all: initial }` keeps inherited page styles out. The :host rules are !important:
// between page and shadow tree an important declaration of the shadow tree wins, so page CSS
// (even `div { display: none !important }` or an inline style) cannot hide the panel or make it click-through.
// Colours are variables set per theme (data-theme on .sheet: auto follows the system, light,
// sepia, dark); the reader's text size, line width and font come from --fs, --chars, data-font.

/** 黑体-style and 宋体-style stacks of fonts found on Chinese systems (Windows, macOS, Linux), then the generic family. */
export const SANS = '"PingFang SC","Microsoft YaHei","微软雅黑","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",SimHei,"黑体",system-ui,sans-serif';
export const SERIF = '"Songti SC",STSong,SimSun,"宋体","Noto Serif CJK SC","Source Han Serif SC","AR PL UMing CN",serif';

const LIGHT = '--bg:#fffdf8;--fg:#1d1d1d;--head:#f6f2e8;--line:#e4dfd3;--muted:#5c5a55;--btn:#fff;--btn-hover:#efe9dc;--btn-line:#b9b2a2;--mark:#ffe27a;--fail:#fbeceb;color-scheme:light';
const SEPIA = '--bg:#f4ecd8;--fg:#3b2f22;--head:#ebe0c6;--line:#d9caa6;--muted:#6b5b45;--btn:#f8f1e0;--btn-hover:#e6d8b8;--btn-line:#b8a47c;--mark:#f2cf6a;--fail:#f3ddd2;color-scheme:light';
const DARK = '--bg:#1f1f1d;--fg:#e6e3dc;--head:#2a2926;--line:#3b3934;--muted:#aaa59a;--btn:#2f2e2b;--btn-hover:#3a3935;--btn-line:#55524b;--mark:#7a6212;--fail:#3a2220;color-scheme:dark';

export const PANEL_CSS = `
:host{all:initial!important;position:fixed!important;inset:0!important;z-index:2147483647!important;display:block!important;
 visibility:visible!important;opacity:1!important;pointer-events:auto!important}
*{box-sizing:border-box}
.backdrop{position:absolute;inset:0;background:rgba(0,0,0,.45)}
.sheet{${LIGHT};color-scheme:light dark;--fs:16px;--chars:46;position:absolute;top:0;bottom:0;left:50%;transform:translateX(-50%);
 width:min(calc(var(--chars) * var(--fs) + 64px),100vw);min-width:min(560px,100vw);
 background:var(--bg);color:var(--fg);display:flex;flex-direction:column;box-shadow:0 0 24px rgba(0,0,0,.35);
 font:16px/1.8 ${SANS}}
.sheet[data-theme=light]{${LIGHT}}.sheet[data-theme=sepia]{${SEPIA}}.sheet[data-theme=dark]{${DARK}}
@media (prefers-color-scheme:dark){.sheet[data-theme=auto]{${DARK}}}
header{padding:12px 20px 8px;border-bottom:1px solid var(--line);background:var(--head)}
.top{display:flex;align-items:flex-start;gap:12px}
h1{flex:1;margin:0;font-size:20px;line-height:1.4;font-weight:700}
.meta{margin:4px 0 0;text-indent:0;font-size:13px;color:var(--muted);overflow-wrap:anywhere}
.meta a{color:inherit}
.bar{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin-top:8px}
button,select{font:inherit;font-size:13px;line-height:1.5;padding:3px 10px;border:1px solid var(--btn-line);border-radius:5px;background:var(--btn);color:var(--fg);cursor:pointer}
select{padding:2px 4px;min-width:4.5em}
button:hover{background:var(--btn-hover)}button:focus-visible,select:focus-visible,summary:focus-visible,input:focus-visible{outline:2px solid #1f7a5a;outline-offset:1px}
button.primary{background:#1f7a5a;border-color:#1f7a5a;color:#fff}button.primary:hover{background:#176348}
button.close,button.icon{font-size:20px;line-height:1;padding:2px 9px;border-color:transparent;background:transparent}
button[aria-pressed=true],button[aria-checked=true]{background:var(--btn-hover);border-color:#1f7a5a}
main:focus-visible{outline:2px solid #1f7a5a;outline-offset:-2px}
.fmt{display:inline-flex;gap:10px;font-size:13px}
.bar>.fmt:first-of-type{margin-left:auto}
.fmt label{cursor:pointer}
.prefs{display:grid;grid-template-columns:auto 1fr;gap:6px 12px;align-items:center;margin-top:8px;padding:8px 10px;border:1px solid var(--line);border-radius:6px;font-size:13px}
.prefs[hidden]{display:none}
.prefs>span{color:var(--muted)}.prefs .row{display:flex;flex-wrap:wrap;gap:6px 12px;align-items:center}
.prefs h2{grid-column:1/-1;font-size:13px;margin:4px 0 0}
.toc{margin-top:6px;font-size:13px}
.toc summary{cursor:pointer;color:var(--muted)}.toc ol{margin:4px 0 0;padding-left:1.6em;max-height:30vh;overflow:auto}
.toc li button{border:0;background:none;padding:1px 4px;text-align:left}
.toc li button[aria-current=true]{font-weight:700;color:#1f7a5a;text-decoration:underline}
.status{min-height:1.5em;margin-top:6px;font-size:13px;color:#1f7a5a}
.status.error{color:#b3261e}
main{flex:1;overflow:auto;overscroll-behavior:contain;padding:8px 32px 40px;font-size:var(--fs)}
.sheet[data-font=serif] main{font-family:${SERIF}}
section{padding:8px 0 16px;border-bottom:1px dashed var(--line)}
section:last-child{border-bottom:0}
.ph-head{display:flex;align-items:center;gap:8px;margin:12px 0 4px}
h2{flex:1;margin:0;font-size:1.06em;line-height:1.5}
p{margin:0 0 .6em;text-indent:2em;overflow-wrap:anywhere;user-select:text;-webkit-user-select:text}
p.latin{text-indent:0}
.failed li button{margin-left:6px;padding:0 8px}
mark{background:var(--mark);color:inherit;border-radius:2px;padding:0 1px}
.failed{margin:8px 0;padding:6px 10px;border-left:3px solid #b3261e;background:var(--fail);font-size:13px}
.failed li{overflow-wrap:anywhere}
.hint{font-size:12px;color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:0 0 .8em;font-size:.88em;line-height:1.6}
td{border:1px solid var(--btn-line);padding:2px 6px;vertical-align:top;overflow-wrap:anywhere}
ul,ol{margin:0 0 .6em;padding-left:2em}h3,h4,h5,h6{margin:.6em 0 .3em;font-size:1em}
img{display:block;max-width:100%;margin:.4em auto}
blockquote{margin:0 0 .6em;padding-left:1em;border-left:3px solid var(--btn-line)}
pre{white-space:pre-wrap;font-size:.82em;background:rgba(0,0,0,.04);padding:6px 8px}
@media print{
 :host{position:static!important;inset:auto!important;display:block!important}
 .backdrop,.top button,.bar,.prefs,.toc,.status,.ph-head button,.failed button{display:none!important}
 .sheet{position:static;transform:none;width:auto;min-width:0;box-shadow:none;display:block;--bg:#fff;--fg:#000}
 header{background:none;border:0;padding:0 0 8px}
 main{overflow:visible;padding:0}
}
`;

/** For the page itself while the panel is open: print the panel (a child of <html>), not the site under it. */
export const PRINT_PAGE_CSS = '@media print{html>body{display:none!important}}';
