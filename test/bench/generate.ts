/**
 * Synthetic content at scale for the build benchmark: N articles of about
 * 600 words (headings, lists, links), N/10 programmes with milestones and
 * announcements, organisations, the five electrolyte families and two guides.
 * Deterministic (seeded), so runs are comparable.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Format = 'md' | 'mdx';

const WORDS = (
  'solid state battery cell sulfide oxide polymer electrolyte anode cathode lithium metal pilot line production target ' +
  'partner supplier sample vehicle plant capacity density cycle interface pressure dry room cost yield series launch ' +
  'module pack charge range winter test programme announcement delay schedule investment facility process material'
).split(' ');

/** Small seeded PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(r: () => number, n = 14): string {
  const words = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]!);
  words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
  return `${words.join(' ')}.`;
}

function paragraph(r: () => number, sentences = 5): string {
  return Array.from({ length: sentences }, () => sentence(r)).join(' ');
}

/** About 600 words of Markdown with headings, a list and links to programmes and organisations. */
export function articleBody(r: () => number, programme: string, organisation: string): string {
  return [
    paragraph(r),
    `## What was announced`,
    `${paragraph(r)} See the [programme record](/programmes/${programme}/) and the [organisation page](/organisations/${organisation}/).`,
    paragraph(r),
    `## What changes`,
    Array.from({ length: 5 }, () => `- ${sentence(r, 10)}`).join('\n'),
    paragraph(r),
    `### Figures`,
    paragraph(r, 4),
    `## What to watch`,
    paragraph(r),
    paragraph(r, 4),
  ].join('\n\n');
}

export interface Generated {
  root: string;
  articles: number;
  programmes: number;
  organisations: number;
}

const FAMILIES = ['sulfide', 'oxide', 'polymer', 'halide', 'hybrid'];

export function generateContent(root: string, n: number, format: Format, seed = 42): Generated {
  const r = rng(seed);
  rmSync(root, { recursive: true, force: true });
  for (const dir of ['articles', 'programmes', 'organisations', 'electrolytes', 'guides']) mkdirSync(join(root, dir), { recursive: true });
  const programmes = Math.max(1, Math.floor(n / 10));
  const organisations = Math.max(2, Math.floor(n / 20));
  const src = (i: number) => `{ title: "Bench source ${i}", publisher: "Bench Wire", url: "https://bench.example.com/${i}" }`;

  for (let i = 0; i < organisations; i++) {
    writeFileSync(join(root, 'organisations', `org-${i}.yaml`), `name: Bench Organisation ${i}\nkind: ${i % 2 ? 'carmaker' : 'cell-maker'}\ncountry: Japan\nwebsite: https://org${i}.bench.example.com/\n`);
  }
  for (const [i, family] of FAMILIES.entries()) {
    writeFileSync(
      join(root, 'electrolytes', `${family}.mdx`),
      `---\ntitle: ${family} electrolytes\ndescription: Bench explainer ${family}.\nfamily: ${family[0]!.toUpperCase()}${family.slice(1)}\nconductivity: 1 mS/cm\norder: ${i + 1}\n---\n\n## How it works\n\n${paragraph(r)}\n`,
    );
  }
  for (const g of ['methodology', 'following-the-site']) {
    writeFileSync(join(root, 'guides', `${g}.mdx`), `---\ntitle: Bench ${g}\ndescription: Bench guide.\n---\n\n## Section\n\n${paragraph(r)}\n`);
  }
  for (let i = 0; i < programmes; i++) {
    const first = 2020 + (i % 5);
    const milestones = [0, 1, 2]
      .map(
        (m) => `  - id: milestone-${m}
    title: Bench milestone ${m}
    announcements:
      - { announced: "${first}-03-01", target: "${first + 3 + m}", stated: "in ${first + 3 + m}", source: ${src(i * 10 + m)} }
      - { announced: "${first + 2}-06-15", target: "${first + 4 + m}-H2", stated: "second half of ${first + 4 + m}", source: ${src(i * 10 + m + 5)} }`,
      )
      .join('\n');
    writeFileSync(
      join(root, 'programmes', `prog-${i}.yaml`),
      `name: Bench programme ${i}\nshortName: Bench ${i}\nlead: org-${i % organisations}\npartners:\n  - { organisation: org-${(i + 1) % organisations}, role: Supplier }\nelectrolyte: ${FAMILIES[i % FAMILIES.length]}\nregion: japan\nstatus: pilot-line\nsummary: ${sentence(r)}\nmilestones:\n${milestones}\nlastVerified: "2026-11-01"\n`,
    );
  }
  for (let i = 0; i < n; i++) {
    const programme = `prog-${i % programmes}`;
    const organisation = `org-${i % organisations}`;
    const day = `${2023 + (i % 4)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    writeFileSync(
      join(root, 'articles', `article-${i}.${format}`),
      `---\ntitle: "Bench article ${i}: ${sentence(r, 6).slice(0, -1)}"\ndescription: ${sentence(r)}\npublished: "${day}"\nprogrammes: ["${programme}"]\norganisations: ["${organisation}"]\nelectrolytes: ["${FAMILIES[i % FAMILIES.length]}"]\ntags: ["bench"]\nsources:\n  - ${src(i)}\n---\n\n${articleBody(r, programme, organisation)}\n`,
    );
  }
  return { root, articles: n, programmes, organisations };
}

/** A bare Astro site: one collection, one page per article, nothing else (the reference). */
export function generateReferenceSite(siteRoot: string, articlesDir: string, format: Format): void {
  rmSync(siteRoot, { recursive: true, force: true });
  mkdirSync(join(siteRoot, 'src', 'pages'), { recursive: true });
  writeFileSync(
    join(siteRoot, 'astro.config.mjs'),
    format === 'mdx'
      ? `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n`
      : `import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n`,
  );
  writeFileSync(
    join(siteRoot, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: ${JSON.stringify(articlesDir)} }), schema: z.object({ title: z.string(), description: z.string() }).passthrough() }) };\n`,
  );
  writeFileSync(
    join(siteRoot, 'src', 'pages', '[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><main><h1>{entry.data.title}</h1><Content /></main></body></html>\n`,
  );
}
