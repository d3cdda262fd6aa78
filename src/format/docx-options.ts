// The .docx writer's choices, apart from the writer itself (which pulls in the docx package):
// the CLI's arguments and the extension's settings check against these.
export const DOCX_FONTS = ['宋体', '仿宋', '黑体', '楷体', '微软雅黑'] as const;
export type DocxFont = (typeof DOCX_FONTS)[number];
/** Chinese type sizes in half-points, largest first: 三号 16 pt, 小三 15, 四号 14, 小四 12, 五号 10.5, 小五 9. */
export const DOCX_SIZES = { 三号: 32, 小三: 30, 四号: 28, 小四: 24, 五号: 21, 小五: 18 } as const;
/** Line spacing, a multiple of single: the bounds the CLI and the settings accept. */
export const DOCX_LINE_SPACING = { min: 1, max: 3 } as const;
export type DocxSize = keyof typeof DOCX_SIZES;
