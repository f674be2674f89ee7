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

async function renderArticle(article: Article): Promise<string> {
  if (article.rendered?.html !== undefined) return article.rendered.html;
  const { Content } = await render(article);
  return (await getContainer()).renderToString(Content);
}

/** The article body as HTML (root-relative links as written; absolutise for feeds). */
export function articleHtml(article: Article): Promise<string> {
  let html = cache.get(article.id);
  if (!html) {
    html = renderArticle(article);
    cache.set(article.id, html);
  }
  return html;
}
