// The panel's own style sheet, inside its shadow root: the page's CSS cannot reach in, and
// `:host { all: initial }` keeps inherited page styles out. The :host rules are !important:
// between page and shadow tree an important declaration of the shadow tree wins, so page CSS
// (even `div { display: none !important }` or an inline style) cannot hide the panel or make it click-through.
export const PANEL_CSS = `
:host{all:initial!important;position:fixed!important;inset:0!important;z-index:2147483647!important;display:block!important;
 visibility:visible!important;opacity:1!important;pointer-events:auto!important}
*{box-sizing:border-box}
.backdrop{position:absolute;inset:0;background:rgba(0,0,0,.45)}
.sheet{position:absolute;top:0;bottom:0;left:50%;transform:translateX(-50%);width:min(800px,100vw);color-scheme:light dark;
 background:#fffdf8;color:#1d1d1d;display:flex;flex-direction:column;box-shadow:0 0 24px rgba(0,0,0,.35);
 font:16px/1.8 system-ui,"WenQuanYi Micro Hei","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif}
header{padding:12px 20px 8px;border-bottom:1px solid #e4dfd3;background:#f6f2e8}
.top{display:flex;align-items:flex-start;gap:12px}
h1{flex:1;margin:0;font-size:20px;line-height:1.4;font-weight:700}
.meta{margin:4px 0 0;text-indent:0;font-size:13px;color:#5c5a55;overflow-wrap:anywhere}
.meta a{color:inherit}
.bar{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin-top:8px}
button{font:inherit;font-size:13px;line-height:1.5;padding:3px 10px;border:1px solid #b9b2a2;border-radius:5px;background:#fff;color:#1d1d1d;cursor:pointer}
button:hover{background:#efe9dc}button:focus-visible{outline:2px solid #1f7a5a;outline-offset:1px}
button.primary{background:#1f7a5a;border-color:#1f7a5a;color:#fff}button.primary:hover{background:#176348}
button.close,button.icon{font-size:20px;line-height:1;padding:2px 9px;border-color:transparent;background:transparent}
main:focus-visible{outline:2px solid #1f7a5a;outline-offset:-2px}
.fmt{display:inline-flex;gap:10px;font-size:13px;margin-left:auto}
.fmt label{cursor:pointer}
.status{min-height:1.5em;margin-top:6px;font-size:13px;color:#1f7a5a}
.status.error{color:#b3261e}
main{flex:1;overflow:auto;overscroll-behavior:contain;padding:8px 28px 40px}
section{padding:8px 0 16px;border-bottom:1px dashed #e4dfd3}
section:last-child{border-bottom:0}
.ph-head{display:flex;align-items:center;gap:8px;margin:12px 0 4px}
h2{flex:1;margin:0;font-size:17px;line-height:1.5}
p{margin:0 0 .6em;text-indent:2em;overflow-wrap:anywhere;user-select:text;-webkit-user-select:text}
p.latin{text-indent:0}
.failed li button{margin-left:6px;padding:0 8px}
mark{background:#ffe27a;color:inherit;border-radius:2px;padding:0 1px}
.failed{margin:8px 0;padding:6px 10px;border-left:3px solid #b3261e;background:#fbeceb;font-size:13px}
.failed li{overflow-wrap:anywhere}
.hint{font-size:12px;color:#5c5a55}
table{border-collapse:collapse;width:100%;margin:0 0 .8em;font-size:14px;line-height:1.6}
td{border:1px solid #b9b2a2;padding:2px 6px;vertical-align:top;overflow-wrap:anywhere}
ul,ol{margin:0 0 .6em;padding-left:2em}h3,h4,h5,h6{margin:.6em 0 .3em;font-size:16px}
img{display:block;max-width:100%;margin:.4em auto}
blockquote{margin:0 0 .6em;padding-left:1em;border-left:3px solid #b9b2a2}
pre{white-space:pre-wrap;font-size:13px;background:rgba(0,0,0,.04);padding:6px 8px}
@media (prefers-color-scheme:dark){
 .sheet{background:#1f1f1d;color:#e6e3dc}header{background:#2a2926;border-color:#3b3934}
 .meta,.hint{color:#aaa59a}button{background:#2f2e2b;color:#e6e3dc;border-color:#55524b}button:hover{background:#3a3935}
 section{border-color:#3b3934}p.latin{text-indent:0}
.failed li button{margin-left:6px;padding:0 8px}
mark{background:#7a6212}.failed{background:#3a2220}
}
@media print{
 :host{position:static!important;inset:auto!important;display:block!important}
 .backdrop,.top button,.bar,.status,.ph-head button,.failed button{display:none!important}
 .sheet{position:static;transform:none;width:auto;box-shadow:none;display:block;background:#fff;color:#000}
 header{background:none;border:0;padding:0 0 8px}
 main{overflow:visible;padding:0}
}
`;

/** For the page itself while the panel is open: print the panel (a child of <html>), not the site under it. */
export const PRINT_PAGE_CSS = '@media print{html>body{display:none!important}}';
