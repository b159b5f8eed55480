import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { dispatchToArticle, parseDispatch, titleKey } from '../src/content/dispatch.ts';
import { isLang, type Lang } from '../src/content/languages.ts';
import { loadContent } from '../src/content/load.ts';

// npm run content:import -- <file.txt> --credit "…" [--lang fr] [--kind dispatch] [--dateline Rabat] [--force]

const CREDITS: Record<Lang, string> = { fr: 'Presse marocaine', en: 'Moroccan press' };

function fail(message: string): never {
  console.error(`content:import: ${message}`);
  process.exit(1);
}

function storyFinder(root: string, lang: Lang): (title: string) => string | undefined {
  const byTitle = new Map<string, string>();
  for (const article of loadContent(root).articles) {
    const version = article.versions[lang];
    if (version) byTitle.set(titleKey(version.headline), article.meta.id);
  }
  return (title) => byTitle.get(titleKey(title));
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'fr' },
      kind: { type: 'string', default: 'dispatch' },
      credit: { type: 'string' },
      dateline: { type: 'string' },
      root: { type: 'string', default: 'src/content' },
      force: { type: 'boolean', default: false },
    },
  });
  const [file] = positionals;
  if (!file) fail('name the dispatch file to import');
  if (!isLang(values.lang)) fail(`--lang must be fr or en, not "${values.lang}"`);
  if (values.kind !== 'dispatch' && values.kind !== 'explainer') fail(`--kind must be dispatch or explainer, not "${values.kind}"`);
  const lang = values.lang;
  const article = dispatchToArticle(parseDispatch(readFileSync(file, 'utf8')), {
    lang,
    kind: values.kind,
    credit: values.credit ?? CREDITS[lang],
    dateline: values.dateline,
    findStory: storyFinder(values.root, lang),
  });
  const dir = join(values.root, 'articles', article.meta.id);
  const versionFile = join(dir, `${lang}.json`);
  const metaFile = join(dir, 'meta.json');
  const version = json(article.version);
  if (existsSync(versionFile) && readFileSync(versionFile, 'utf8') === version) {
    console.log(`${relative(process.cwd(), versionFile)} (unchanged)`);
    return;
  }
  if (existsSync(versionFile) && !values.force) fail(`${versionFile} already holds a different article; use --force to replace it`);
  mkdirSync(dir, { recursive: true });
  if (!existsSync(metaFile)) writeFileSync(metaFile, json(article.meta));
  writeFileSync(versionFile, version);
  console.log(relative(process.cwd(), versionFile));
}

main();
