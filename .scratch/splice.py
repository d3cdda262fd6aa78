import re
bench=open('bench-results.md').read()
readme=open('README.md').read()
def sections(text, level):
    # returns dict title->body for headers of given level
    pat=re.compile(r'^(#{%d}) (.+)$'%level, re.M)
    ms=list(pat.finditer(text))
    heads=[h.start() for h in re.finditer(r'^#{1,%d} '%level, text, re.M)]
    out={}
    for i,m in enumerate(ms):
        nxt=[h for h in heads if h>m.start()]
        end=nxt[0] if nxt else len(text)
        out[m.group(2)]=(m.start(), m.end(), end, text[m.end():end])
    return out
b=sections(bench,2)
# intro lines (machine etc.) between "# Qingwen benchmark" and first ##
intro=bench[bench.index('\n',0)+1:bench.index('\n## ')].strip('\n')
m=re.search(r'## Measured \(`npm run bench`\)\n\n(.*?)\n\n### ', readme, re.S)
readme=readme[:m.start(1)]+intro+readme[m.end(1):]
def replace_section(readme, btitle, keep_tail=False):
    rs=sections(readme,3)
    norm=lambda x: re.sub(r'\d+', 'N', x.split(' (')[0])
    key=[k for k in rs if norm(k)==norm(btitle)]
    assert key, btitle
    k=key[0]
    s,e,end,body=rs[k]
    nb=b[btitle][3]
    if keep_tail:
        # keep README prose after the first table block: find README's body after the table's end
        tail=re.split(r'\n\n(?=[^|\n])', body.strip('\n'))
        # drop leading paragraph + table (first two chunks), keep the rest after the one-line note
        parts=body.strip('\n').split('\n\n')
        # find index of last part starting with '|' (the table)
        idx=max(i for i,p in enumerate(parts) if p.startswith('|'))
        rest='\n\n'.join(p for p in parts[idx+1:] if not p.startswith('(This table'))
        newbody=nb.rstrip('\n')+'\n\n'+rest+'\n\n'
    else:
        newbody=nb
    return readme[:s]+'### '+btitle+readme[e:e]+newbody+readme[end:]
for t in b:
    if t.startswith('Quality on the'):
        readme=replace_section(readme,t,keep_tail=True)
    else:
        readme=replace_section(readme,t)
open('README.md','w').write(readme)
