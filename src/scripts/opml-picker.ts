/**
 * /feeds/ programme picker: builds an OPML file of the ticked programmes'
 * news and promise-change feeds in the browser, with the same builder as
 * /feeds.opml, and offers it as a download. Without JavaScript the form stays
 * hidden and the page links the full file.
 */
import { opmlDocument, type OpmlFeed } from '../lib/opml';

const form = document.querySelector<HTMLFormElement>('#opml-picker');
const status = document.querySelector<HTMLElement>('#opml-status');

if (form && status) {
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const ticked = [...form.querySelectorAll<HTMLInputElement>('input[name="p"]:checked')];
    if (ticked.length === 0) {
      status.textContent = 'Tick at least one programme.';
      return;
    }
    const news: OpmlFeed[] = [];
    const changes: OpmlFeed[] = [];
    for (const box of ticked) {
      const d = box.dataset;
      const page = d.page ?? '';
      if (d.rss) news.push({ title: d.title ?? box.value, xmlUrl: d.rss, htmlUrl: page });
      if (d.changes) changes.push({ title: d.changesTitle ?? box.value, xmlUrl: d.changes, htmlUrl: page });
    }
    const xml = opmlDocument(`${document.title}: my programmes`, [
      { title: 'Programmes', feeds: news },
      { title: 'Promise changes', feeds: changes },
    ]);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([xml], { type: 'text/x-opml' }));
    link.download = 'ssb-tracker-programmes.opml';
    link.click();
    // Revoked after the click has been handled, or some browsers cancel the download.
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    status.textContent = `OPML file with ${news.length + changes.length} feeds downloaded.`;
  });
}
