/** "1 article", "3 articles": the count with its noun, plural for anything but one. No imports, so client scripts can use it. */
export function plural(count: number | string, noun: string, n = Number(count)): string {
  return `${count} ${noun}${n === 1 ? '' : 's'}`;
}
