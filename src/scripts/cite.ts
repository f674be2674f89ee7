/**
 * Copyable blocks (citations and embed snippets, <details class="cite">): the
 * accessed date is today's, in the reader's calendar, filled in here so the
 * built page stays reproducible; a Copy button is added to each block where
 * the Clipboard API exists.
 */
import { ACCESSED_PLACEHOLDER } from '../lib/citation';

const now = new Date();
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

for (const block of document.querySelectorAll<HTMLDetailsElement>('details.cite')) {
  const status = block.querySelector<HTMLElement>('[data-cite-status]');
  for (const pre of block.querySelectorAll<HTMLPreElement>('pre[data-citation]')) {
    pre.textContent = (pre.textContent ?? '').replaceAll(ACCESSED_PLACEHOLDER, today);
    if (!navigator.clipboard) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = `Copy ${pre.dataset.label ?? 'citation'}`;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(pre.textContent ?? '');
      if (status) status.textContent = block.classList.contains('embed') ? 'Embed code copied.' : 'Citation copied.';
    });
    pre.after(button);
  }
}
