/**
 * The full rendered HTML of an article body, for feeds. Plain .md entries are
 * pre-rendered by the content layer; .mdx bodies are rendered through the
 * Container API. Each article is rendered once per build, however many feeds
 * carry it.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { render } from 'astro:content';
import type { Article } from './site-data';

let container: Promise<AstroContainer> | undefined;
const cache = new Map<string, Promise<string>>();

function getContainer(): Promise<AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return container;
}

async function renderMdx(rendered: ReturnType<typeof render>): Promise<string> {
  const { Content } = await rendered;
  return (await getContainer()).renderToString(Content);
}

/** The article body as HTML (root-relative links as written; absolutise for feeds). */
export function articleHtml(article: Article): Promise<string> {
  if (article.rendered?.html !== undefined) return Promise.resolve(article.rendered.html);
  // Astro's incremental build notes each MDX entry a page renders (render() called while the page renders)
  // and renders the page again when the entry's compiled code or a component it imports changes. Every
  // page that embeds the body calls render() itself, so the cache cannot hide the entry from the second
  // page on; the module is loaded once, so the repeat calls cost next to nothing.
  const rendered = render(article);
  let html = cache.get(article.id);
  if (!html) {
    html = renderMdx(rendered);
    cache.set(article.id, html);
  }
  return Promise.all([rendered, html]).then(([, body]) => body);
}
