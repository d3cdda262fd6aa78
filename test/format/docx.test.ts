// The .docx writer, checked in its XML: styles, fonts, the first-line indent, tables with merged
// cells, real lists, images embedded or linked, and the options.
import { describe, expect, it } from 'vitest';
import type { ContentBlock } from '../../src/engine/types.js';
import { toDocx } from '../../src/format/docx.js';
import { imageData } from '../../src/format/image-size.js';
import { docxParts, PNG_1X1 } from '../helpers/docx.js';
import { makeArticle } from './article.js';

const BLOCKS: ContentBlock[] = [
  { type: 'paragraph', text: '为进一步做好社区各项工作，特制定计划如下。' },
  { type: 'heading', level: 3, text: '一、指导思想' },
  { type: 'paragraph', text: '一、教学目标', bold: true },
  { type: 'list', ordered: true, items: ['甲', '甲一', '乙'], levels: [0, 1, 0] },
  { type: 'list', ordered: false, items: ['点'], levels: [0] },
  { type: 'table', rows: [['姓名', '王', '照片'], ['经历', '2020\n2021', ''], ['备注', '', '']], spans: [[0, 2, 2, 1], [2, 1, 1, 2]] },
  { type: 'image', src: 'https://x.com/a.png', alt: '图一' },
  { type: 'image', src: 'https://x.com/b.jpg', alt: '图二' },
  { type: 'quote', text: '引言。' },
];
const article = makeArticle({ pieces: [{ heading: '篇一', paragraphs: [], blocks: BLOCKS }] });

describe('toDocx', async () => {
  const parts = docxParts(await toDocx(article, undefined, { images: new Map([['https://x.com/a.png', PNG_1X1]]) }));
  const doc = parts['word/document.xml']!;
  const styles = parts['word/styles.xml']!;

  it('puts the title in Title, the piece heading in Heading 2, sub-headings in Heading 3', () => {
    expect(doc).toMatch(/<w:pStyle w:val="Title"\/>.*?<w:t xml:space="preserve">2024年学校疫情防控讲话六篇<\/w:t>/);
    expect(doc).toMatch(/<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t xml:space="preserve">篇一<\/w:t>/);
    expect(doc).toMatch(/<w:pStyle w:val="Heading3"\/><\/w:pPr><w:r><w:t xml:space="preserve">一、指导思想<\/w:t>/);
    expect(styles).toMatch(/w:styleId="Title"/);
    expect(styles).toMatch(/w:styleId="Heading2"/);
  });

  it('sets body text in 宋体 with an ASCII font beside it, 小四', () => {
    expect(styles).toMatch(/<w:docDefaults>.*<w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"\/>.*<w:sz w:val="24"\/>/s);
  });

  it('indents body paragraphs by two characters with w:firstLineChars, never with spaces', () => {
    expect(doc).toMatch(/<w:ind w:firstLine="480" w:firstLineChars="200"\/><\/w:pPr><w:r><w:t xml:space="preserve">为进一步/);
    expect(doc).not.toMatch(/<w:t[^>]*>[\u3000 ]/);
    expect(doc).toMatch(/<w:b\/>.*?一、教学目标/);
  });

  it('writes a real table with borders and merged cells (gridSpan, vMerge)', () => {
    const tbl = /<w:tbl>.*?<\/w:tbl>/s.exec(doc)?.[0] ?? '';
    expect(tbl).toMatch(/<w:tblBorders>.*<w:insideV w:val="single"/s);
    expect((tbl.match(/<w:tr>/g) ?? []).length).toBe(3);
    expect(tbl).toMatch(/<w:vMerge w:val="restart"\/>.*?照片/s);
    expect(tbl).toMatch(/<w:vMerge w:val="continue"\/>/);
    expect(tbl).toMatch(/<w:gridSpan w:val="2"\/>/);
    expect(tbl).toContain('2020</w:t>');
    expect(tbl).toContain('2021</w:t>');
  });

  it('writes real numbered and bulleted lists, depth kept', () => {
    expect(doc).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr><\/w:pPr><w:r><w:t xml:space="preserve">甲<\/w:t>/);
    expect(doc).toMatch(/<w:numPr><w:ilvl w:val="1"\/><w:numId w:val="\d+"\/><\/w:numPr><\/w:pPr><w:r><w:t xml:space="preserve">甲一<\/w:t>/);
    expect(parts['word/numbering.xml']).toMatch(/w:numFmt w:val="decimal"/);
    expect(parts['word/numbering.xml']).toMatch(/w:numFmt w:val="bullet"/);
  });

  it('embeds an image it has the bytes of and links the others', () => {
    expect(Object.keys(parts).some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true);
    expect(doc).toMatch(/<wp:docPr [^>]*descr="图一"/);
    expect(doc).toContain('[图片：图二] https://x.com/b.jpg');
    expect(parts['word/_rels/document.xml.rels']).toContain('Target="https://x.com/b.jpg" TargetMode="External"');
  });

  it('takes the options: font, size, line spacing, indent off', async () => {
    const p = docxParts(await toDocx(article, 0, { font: '仿宋', size: '四号', lineSpacing: 2, indent: false }));
    expect(p['word/styles.xml']).toMatch(/<w:docDefaults>.*w:eastAsia="仿宋".*<w:sz w:val="28"\/>/s);
    expect(p['word/styles.xml']).toMatch(/<w:spacing w:line="480" w:lineRule="auto"\/>/);
    expect(p['word/document.xml']).not.toContain('firstLineChars');
    const yahei = docxParts(await toDocx(article, 0, { font: '微软雅黑', size: '五号' }))['word/styles.xml']!;
    expect(yahei).toMatch(/w:ascii="Arial" w:eastAsia="微软雅黑".*<w:sz w:val="21"\/>/s);
  });

  it('sets 黑体 beside Arial, the larger and smaller Chinese sizes, any line spacing in bounds', async () => {
    const hei = docxParts(await toDocx(article, 0, { font: '黑体', size: '三号', lineSpacing: 1.25 }));
    expect(hei['word/styles.xml']).toMatch(/<w:docDefaults>.*<w:rFonts w:ascii="Arial" w:eastAsia="黑体" w:hAnsi="Arial"\/>.*<w:sz w:val="32"\/>/s);
    expect(hei['word/styles.xml']).toMatch(/<w:spacing w:line="300" w:lineRule="auto"\/>/);
    // The indent stays two characters of the body size: 16 pt = 320 twentieths, for readers that ignore *Chars.
    expect(hei['word/document.xml']).toMatch(/<w:ind w:firstLine="640" w:firstLineChars="200"\/>|<w:ind w:firstLineChars="200" w:firstLine="640"\/>/);
    const small = docxParts(await toDocx(article, 0, { font: '楷体', size: '小五' }))['word/styles.xml']!;
    expect(small).toMatch(/w:eastAsia="楷体".*<w:sz w:val="18"\/>/s);
  });

  it('writes a piece made without blocks paragraph by paragraph', async () => {
    const d = docxParts(await toDocx(makeArticle(), 1))['word/document.xml']!;
    expect(d).toContain('各位老师：');
    expect(d).not.toContain('同志们');
  });
});

describe('imageData', () => {
  it('reads the kind and size of PNG, GIF and JPEG, and refuses anything else', () => {
    expect(imageData(PNG_1X1)).toEqual({ type: 'png', width: 1, height: 1 });
    expect(imageData(Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 3, 0, 2, 0]))).toEqual({ type: 'gif', width: 3, height: 2 });
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 20, 0, 30, 3, 0, 0, 0]);
    expect(imageData(jpeg)).toEqual({ type: 'jpg', width: 30, height: 20 });
    expect(imageData(new TextEncoder().encode('<html>not found</html>'))).toBeNull();
  });
});
