/** "1 article", "3 articles": the count with its noun, plural for anything but one. No imports, so client scripts can use it. */
export function plural(count: number | string, noun: string, n = Number(count)): string {
  return `${count} ${noun}${n === 1 ? '' : 's'}`;
}

/** "All 33 programmes shown.", "12 of 33 programmes shown.": the count every filtered list announces. */
export function shownLabel(shown: number, total: number, noun: string): string {
  return shown === total ? `All ${plural(total, noun)} shown.` : `${shown} of ${plural(total, noun)} shown.`;
}
