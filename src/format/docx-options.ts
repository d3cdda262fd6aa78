// The .docx writer's choices, apart from the writer itself (which pulls in the docx package):
// the CLI's arguments and the extension's settings check against these.
export const DOCX_FONTS = ['宋体', '仿宋', '微软雅黑', '楷体'] as const;
export type DocxFont = (typeof DOCX_FONTS)[number];
/** Chinese type sizes in half-points: 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
export const DOCX_SIZES = { 四号: 28, 小四: 24, 五号: 21 } as const;
export type DocxSize = keyof typeof DOCX_SIZES;
