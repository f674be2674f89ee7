/**
 * Language of a source title written in a non-Latin script, so screen readers
 * pronounce it right (WCAG 3.1.2). Kana means Japanese, Hangul Korean, Han
 * alone Chinese; anything else is left to the page language.
 */
export function scriptLang(text: string): 'ja' | 'ko' | 'zh' | undefined {
  if (/[\u3040-\u30ff]/.test(text)) return 'ja';
  if (/[\uac00-\ud7af]/.test(text)) return 'ko';
  if (/[\u4e00-\u9fff]/.test(text)) return 'zh';
  return undefined;
}
