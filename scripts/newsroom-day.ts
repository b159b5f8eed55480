import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { versionSchema, type Version } from '../pipeline/content/schema.ts';
import { CONTENT_ROOT, copyOfContent } from '../pipeline/testing/fixture.ts';
import { importWireCopy } from '../pipeline/wire/importWireCopy.ts';
import { LANGUAGE_CONFIG } from '../src/i18n/languageConfig.ts';
import { BUILD_NODE_FLAGS } from './buildCommand.ts';

// npm run test:newsroom: the specs that read the published edition, run on a copy of it after an
// ordinary news day, as an editor would make it (docs/editors-guide.md): a French dispatch with a
// read-also line imported, translated and made the lead, an English-only dispatch imported, each
// filed under topics. The specs read that copy (KIOSQUE_CONTENT) and its build (E2E_DIST), so a
// spec that assumes today's edition fails here. CI runs it after npm test.

const WIRE = join(import.meta.dirname, '../pipeline/testing/wire');
const OUT_DIR = 'dist-newsroom';

type Translation = { slug: string; headline: string; blocks: Record<string, string> };

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`newsroom day: ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

/** The translator's part: en.json from fr.json, every text in English, ids, types and targets kept. */
function translate(frFile: string, translation: Translation) {
  const original = versionSchema.parse(JSON.parse(readFileSync(frFile, 'utf8')));
  const english: Version = {
    ...original,
    slug: translation.slug,
    headline: translation.headline,
    credit: LANGUAGE_CONFIG.en.wireCredit,
    blocks: original.blocks.map((block) => ({
      ...block,
      text: translation.blocks[block.id] ?? fail(`no English for ${block.id}`),
    })),
  };
  writeFileSync(join(frFile, '../en.json'), `${JSON.stringify(english, null, 2)}\n`);
}

function fail(message: string): never {
  throw new Error(`newsroom day: ${message}`);
}

const content = copyOfContent(CONTENT_ROOT);
cpSync(join(CONTENT_ROOT, 'wire'), content.file('wire'), { recursive: true });

const french = importWireCopy(join(WIRE, 'cooperation-securitaire-lire-aussi.txt'), {
  root: content.root,
  lang: 'fr',
  kind: 'dispatch',
  dateline: 'Rabat',
  topics: ['security-cooperation', 'terrorism'],
});
translate(
  french.file,
  JSON.parse(readFileSync(join(WIRE, 'cooperation-securitaire-lire-aussi.en.json'), 'utf8')) as Translation,
);
importWireCopy(join(WIRE, 'security-cooperation-english-only.txt'), {
  root: content.root,
  lang: 'en',
  kind: 'dispatch',
  topics: ['security-cooperation'],
});
const leadId = relative(content.file('articles'), join(french.file, '..'));
content.edit('edition.json', (json) => (json.lead = leadId));
console.log(`newsroom day: ${content.root}, lead ${leadId}`);

run(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts', '--root', content.root]);
run(process.execPath, [...BUILD_NODE_FLAGS, 'scripts/build.ts', '--outDir', OUT_DIR], {
  KIOSQUE_CONTENT: content.root,
});
run('npx', ['playwright', 'test', '--project=edition'], { KIOSQUE_CONTENT: content.root, E2E_DIST: OUT_DIR });
