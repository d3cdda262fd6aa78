p='README.md'
s=open(p).read()
a=s.index('### Ordinary pages (`npx tsx scripts/ordinary.ts`)')
b=s.index('### Growth: the body of')
new='''### Ordinary pages (`npx tsx scripts/ordinary.ts`)

63 blind pages (`test/ordinary/`: 42 from round 11, 21 from round 12 — mostly Chinese: portal
news, 搜狐号 with a 展开全文 fold, 博客园/简书/知乎/百科/豆瓣/贴吧 styles, a hanweb government
notice, a WeChat article in sibling sections — and 11 pages with no article), text F1 on word
4-grams against the gold, Qingwen's CLI path against Readability 0.6 alone:

| | mean F1 (article pages) | mean recall | "no article" on an article page | no-article pages said so |
|---|---:|---:|---:|---:|
| Readability 0.6.0 alone, round 11 (37 / 5) | 0.820 | 0.889 | 0 | 0 / 5 |
| Qingwen at the start of this session, round 11 | 0.925 | 0.950 | 0 | 1 / 5 |
| Readability alone, round 12 (15 / 6) | 0.796 | 0.826 | 0 | 0 / 6 |
| Qingwen, round 12 first contact | 0.873 | 0.891 | 0 | 3 / 6 |
| Readability alone, all (52 / 11) | 0.813 | 0.871 | 0 | 0 / 11 |
| **Qingwen now, all** | **0.923** | **0.969** | 0 | **10 / 11** |

Qingwen's recall is at least Readability's on every page, and each page is held to the recall
it last had (`test/ordinary/recall-ratchet.json`). Still short: forum threads and Q&A pages
whose gold takes every post (Qingwen, like Readability, keeps the first post or question, as
the corpus convention for 范文 forum pages says), a liveblog's post titles inside `<header>`
(Readability drops them), a 百科 infobox, and an app's landing page of three feature sections,
which still reads as a short article (`test/ordinary/known-gaps.json`).

'''
s=s[:a]+new+s[b:]
def rep(old,new):
    global s
    assert old in s, old[:60]
    s=s.replace(old,new,1)
rep('''| locate | `locate.ts` | the rule's body selector; else the element that directly holds ≥ 80 % of the page's paragraph text; else Mozilla Readability; else the page's main container |''','''| locate | `locate.ts` | the rule's body selector; else the element that directly holds ≥ 80 % of the page's paragraph text; else Mozilla Readability (with its own minimum length, so its strict pass retries); else the page's main container |
| no article | `listing.ts` | without a rule, a container of teaser items (siblings of one kind, each led by a headline link) with no prose of its own is a list page; a result without a sentence-length line is no article — a one-sentence brief or a quatrain still is one |
| no-harm floor | `floor.ts`, `extract.ts` | without a rule, page 1 is held to Readability's prose: when a real share of it is missing (boxes pruned by name do not count unless they would take most of it), the body is read again by Readability and cautiously, and the reading that holds the most is kept. Free when Readability located the body; after the cheap locator only where pruning took much of the container or a short result's container holds under half the page |''')
rep('''hidden nodes (inline styles, `hidden`, selectors the page's own top-level CSS hides, matched as the page matches them) removed — unless they hold most of the page's text (an article the page's script reveals: then they are shown);''','''hidden nodes (inline styles, `hidden`, selectors the page's own top-level CSS hides, matched as the page matches them) removed — unless they hold most of the page's text (an article the page's script reveals) or are folded prose (paragraphs hidden right after visible ones: "展开全文"): then they are shown; dialogs, menus and agreement layers stay hidden however long;''')
rep('''Markdown, text, JSON and file names for both shells.
''','''Markdown, text, JSON and file names for both shells. Readability is handed to the engine
(`provideReadability` in `locate.ts`): the Node entries register it (`engine/readability.ts`); the
extension injects it as a bundle of its own (`readability.js`) before any reading the user asks
for, so the script that runs on every known-site page at start-up, whose rules find the body,
does without it.
''')
rep('''- `test/ordinary/` — 42 ordinary pages written blind to the engine''','''- `test/ordinary/` — 63 ordinary pages written blind to the engine (two rounds)''')
rep('''Readability's recall (the known gaps in `test/ordinary/known-gaps.json` held to their figure), and
  a mean F1 at least Readability's.''','''Readability's recall (the known gaps in `test/ordinary/known-gaps.json` held to their figure), on
  every page at least the recall it last had (`recall-ratchet.json`), the pages without an article
  said so, and a mean F1 at least Readability's.''')
open(p,'w').write(s)
