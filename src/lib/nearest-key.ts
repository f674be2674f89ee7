/**
 * "Did you mean …?" for misspelt content keys: the known key at the smallest
 * edit distance, if it is close enough to be a plausible typo.
 */

/** Levenshtein distance (insert, delete, substitute; a swap of two neighbours counts as one). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i]!;
    const prev = rows[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}

/** The known key nearest to `key` (case-insensitive), or undefined when none is within a third of its length. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.ceil(key.length / 3));
  let best: { key: string; distance: number } | undefined;
  for (const k of known) {
    const distance = editDistance(key.toLowerCase(), k.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { key: k, distance };
  }
  return best?.key;
}

/** "milestones[2].acheived" from Zod's path ["milestones", 2] and the key. */
export function keyPath(path: readonly PropertyKey[], key: string): string {
  return [...path, key].reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

/** The author-facing message for keys a schema does not know. */
export function unknownKeysMessage(keys: readonly string[], path: readonly PropertyKey[], known: readonly string[]): string {
  return keys
    .map((key) => {
      const near = nearestKey(key, known);
      return `unknown key "${keyPath(path, key)}"${near ? `: did you mean "${near}"?` : `; expected one of ${known.map((k) => `"${k}"`).join(', ')}`}`;
    })
    .join('; ');
}
