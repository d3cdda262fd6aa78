// Word (.docx) with the `docx` package: the title in the Title style, each piece under Heading 2,
// sub-headings Heading 3+, body paragraphs with a real first-line indent of two characters in a
// CJK font (with an ASCII font beside it), real tables (borders, merged cells), real numbered and
// bulleted lists, and images embedded when their bytes are at hand, else linked.
// Loaded only where a download happens (the CLI, the extension's background), never in a page.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { Article, ContentBlock, ListBlock, TableBlock } from '../engine/types.js';
import { DOCX_FONTS, DOCX_SIZES, type DocxFont, type DocxSize } from './docx-options.js';
import { type ImageData, imageData } from './image-size.js';
import { type FormatOptions, SOURCE_LABEL } from './options.js';
import { blocksOf, oneLine, paragraphLines, selectPieces } from './select.js';
import { IMAGE_LABEL } from './text.js';

export { DOCX_FONTS, DOCX_SIZES, type DocxFont, type DocxSize };

export interface DocxOptions extends Pick<FormatOptions, 'sourceLine'> {
  /** Body font for Chinese text (default 宋体). */
  font?: DocxFont;
  /** Body size (default 小四). */
  size?: DocxSize;
  /** Line spacing as a multiple of single (default 1.5). */
  lineSpacing?: number;
  /** First-line indent of two characters on body paragraphs (default true). */
  indent?: boolean;
  /** Image bytes by address, to embed; an image without them is linked. */
  images?: ReadonlyMap<string, Uint8Array>;
}

/** The ASCII font that sits beside each CJK font. */
const ASCII_FONT: Record<DocxFont, string> = { 宋体: 'Times New Roman', 仿宋: 'Times New Roman', 楷体: 'Times New Roman', 黑体: 'Arial', 微软雅黑: 'Arial' };
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' };
const CODE_FONT = { ascii: 'Courier New', hAnsi: 'Courier New', eastAsia: '宋体' };
/** A4 with 2.54 cm margins: the text is this wide, in twentieths of a point. */
const TEXT_WIDTH = 9026;
const MAX_IMAGE_PX = 600;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const TABLE_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
/** Cells are set single-spaced: a form stays compact. */
const CELL_SPACING = { line: 240, lineRule: LineRuleType.AUTO };
const HEADINGS = [HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Runs of text with its line breaks as Word breaks. */
function runs(text: string, style: IRunOptions = {}): TextRun[] {
  return paragraphLines(text).map((line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

class Writer {
  private lists = 0;
  /** Two characters of the body size, in twentieths of a point (for readers that ignore *Chars). */
  private readonly twoChars: number;
  constructor(
    private readonly opts: { indent: boolean; images: ReadonlyMap<string, Uint8Array> },
    size: number,
  ) {
    this.twoChars = size * 20;
  }

  private body(text: string, bold = false): Paragraph {
    return new Paragraph({ children: runs(text, bold ? { bold: true } : {}), ...(this.opts.indent ? { indent: { firstLineChars: 200, firstLine: this.twoChars } } : {}) });
  }

  private list(b: ListBlock): Paragraph[] {
    const instance = ++this.lists;
    return b.items.map(
      (item, i) =>
        new Paragraph({
          children: runs(item),
          numbering: { reference: b.ordered ? 'qw-ordered' : 'qw-bullet', level: Math.min(8, b.levels[i] ?? 0), instance },
        }),
    );
  }

  private table(b: TableBlock): Table {
    const width = b.rows[0]?.length ?? 0;
    const origin = new Map<string, [number, number]>();
    const covered = new Set<string>();
    for (const [r, c, rs, cs] of b.spans) {
      origin.set(`${r},${c}`, [rs, cs]);
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) if (dr || dc) covered.add(`${r + dr},${c + dc}`);
    }
    const col = Math.floor(TEXT_WIDTH / Math.max(1, width));
    const rows = b.rows.map(
      (row, r) =>
        new TableRow({
          children: row.flatMap((text, c) => {
            if (covered.has(`${r},${c}`)) return [];
            const [rowSpan, columnSpan] = origin.get(`${r},${c}`) ?? [1, 1];
            const lines = paragraphLines(text);
            return [
              new TableCell({
                children: (lines.length ? lines : ['']).map((line) => new Paragraph({ children: [new TextRun(line)], spacing: CELL_SPACING })),
                width: { size: col * columnSpan, type: WidthType.DXA },
                ...(rowSpan > 1 ? { rowSpan } : {}),
                ...(columnSpan > 1 ? { columnSpan } : {}),
              }),
            ];
          }),
        }),
    );
    return new Table({ rows, width: { size: col * width, type: WidthType.DXA }, columnWidths: Array.from({ length: width }, () => col), borders: TABLE_BORDERS });
  }

  private image(src: string, alt: string): Paragraph {
    const bytes = this.opts.images.get(src);
    const data: ImageData | null = bytes ? imageData(bytes) : null;
    if (data) {
      const scale = Math.min(1, MAX_IMAGE_PX / data.width);
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: data.type,
            data: bytes!,
            transformation: { width: Math.round(data.width * scale), height: Math.round(data.height * scale) },
            altText: { name: alt || 'image', description: alt, title: alt },
          }),
        ],
      });
    }
    const label = `[${IMAGE_LABEL}${alt.trim() ? `：${oneLine(alt)}` : ''}] ${src}`;
    return new Paragraph({ alignment: AlignmentType.CENTER, children: [new ExternalHyperlink({ link: src, children: [new TextRun({ text: label, style: 'Hyperlink' })] })] });
  }

  block(b: ContentBlock): (Paragraph | Table)[] {
    switch (b.type) {
      case 'paragraph':
        return paragraphLines(b.text).length ? [this.body(b.text, !!b.bold)] : [];
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[Math.min(6, Math.max(3, b.level)) - 3], children: [new TextRun(oneLine(b.text))] })];
      case 'list':
        return this.list(b);
      case 'table':
        return b.rows.length ? [this.table(b), new Paragraph({})] : [];
      case 'image':
        return /^https?:\/\//i.test(b.src) ? [this.image(b.src, b.alt)] : [];
      case 'quote':
        return [new Paragraph({ children: runs(b.text, { italics: true }), indent: { left: this.twoChars } })];
      case 'code':
        return [new Paragraph({ children: b.text.split('\n').map((line, i) => new TextRun({ text: line, font: CODE_FONT, ...(i > 0 ? { break: 1 } : {}) })) })];
    }
  }
}

function levels(ordered: boolean): ILevelsOptions[] {
  const bullets = ['●', '○', '■'];
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : bullets[level % bullets.length]!,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 420 * (level + 1), hanging: 420 } } },
  }));
}

/** The article (or its piece at 0-based `piece`) as the bytes of a .docx file. */
export async function toDocx(article: Article, piece?: number, options: DocxOptions = {}): Promise<Uint8Array> {
  const opts = { sourceLine: true, font: '宋体' as DocxFont, size: '小四' as DocxSize, lineSpacing: 1.5, indent: true, images: new Map<string, Uint8Array>(), ...options };
  const font = DOCX_FONTS.includes(opts.font) ? opts.font : '宋体';
  const size = DOCX_SIZES[opts.size] ?? DOCX_SIZES.小四;
  const line = Math.round(240 * (Number.isFinite(opts.lineSpacing) && opts.lineSpacing > 0 ? Math.min(opts.lineSpacing, 5) : 1.5));
  const writer = new Writer(opts, size);
  const children: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(oneLine(article.title))] })];
  if (opts.sourceLine && article.url) {
    const link: ParagraphChild = /^https?:\/\//i.test(article.url)
      ? new ExternalHyperlink({ link: article.url, children: [new TextRun({ text: article.url, style: 'Hyperlink' })] })
      : new TextRun(article.url);
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(SOURCE_LABEL), link] }));
  }
  for (const p of selectPieces(article, piece)) {
    if (p.heading !== null && oneLine(p.heading) !== '') children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(oneLine(p.heading))] }));
    for (const b of blocksOf(p)) children.push(...writer.block(b));
  }
  const heading = (half: number) => ({ run: { font: HEADING_FONT, size: half, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, indent: { firstLine: 0 } } });
  const doc = new Document({
    title: oneLine(article.title),
    creator: 'Qingwen',
    description: article.url,
    styles: {
      default: {
        document: {
          run: { font: { ascii: ASCII_FONT[font], hAnsi: ASCII_FONT[font], eastAsia: font }, size },
          paragraph: { spacing: { line, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { font: HEADING_FONT, size: 36, bold: true, color: '000000' }, paragraph: { spacing: { after: 240 } } },
        heading2: heading(30),
        heading3: heading(28),
        heading4: heading(26),
        heading5: heading(24),
        heading6: heading(24),
      },
    },
    numbering: { config: [{ reference: 'qw-ordered', levels: levels(true) }, { reference: 'qw-bullet', levels: levels(false) }] },
    sections: [{ children }],
  });
  return Packer.pack(doc, 'uint8array');
}
