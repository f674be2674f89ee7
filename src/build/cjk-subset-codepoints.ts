/**
 * Prints the code points of the bundled CJK subset fonts, one `U+XXXX` a line,
 * for pyftsubset (src/assets/fonts/subset-cjk.sh runs it). The set is the
 * everyday repertoire of the three languages our sources are written in, taken
 * from their national character sets so no list has to be typed in: GB 2312
 * level 1 (3,755 common hanzi), JIS X 0208 level 1 (2,965 common kanji) and the
 * 2,350 Hangul syllables of KS X 1001, plus kana, CJK punctuation, full-width
 * forms and every CJK character that appears anywhere in content/ (headlines of
 * sources included), so a name or title our records carry is never tofu.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const set = new Set<number>();

/** Decodes every two-byte cell of rows `lead` of a legacy double-byte encoding (WHATWG decoders, Node's full ICU). */
function addRows(encoding: string, leadFrom: number, leadTo: number): void {
  const decoder = new TextDecoder(encoding);
  for (let lead = leadFrom; lead <= leadTo; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      for (const ch of decoder.decode(new Uint8Array([lead, trail]))) {
        const cp = ch.codePointAt(0)!;
        if (cp !== 0xfffd && cp >= 0x2e80) set.add(cp);
      }
    }
  }
}

addRows('gbk', 0xb0, 0xd7); // GB 2312 rows 16–55: level-1 hanzi
addRows('euc-jp', 0xb0, 0xcf); // JIS X 0208 rows 16–47: level-1 kanji
addRows('euc-kr', 0xb0, 0xc8); // KS X 1001 rows 16–40: Hangul syllables
for (let cp = 0x3000; cp <= 0x30ff; cp++) set.add(cp); // CJK punctuation, hiragana, katakana
for (let cp = 0xff00; cp <= 0xffef; cp++) set.add(cp); // full-width and half-width forms

const isCjk = (cp: number) => (cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xffef);
function addContent(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) addContent(path);
    else for (const ch of readFileSync(path, 'utf8')) if (isCjk(ch.codePointAt(0)!)) set.add(ch.codePointAt(0)!);
  }
}
addContent(process.argv[2] ?? 'content');

process.stdout.write([...set].sort((a, b) => a - b).map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}\n`).join(''));
