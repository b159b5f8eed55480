import { ESLint } from 'eslint';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The lint rules that keep the layers apart, tried on scratch files as a newcomer might write them.

const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('npm run lint keeps the layers apart', () => {
  it.each([
    [
      'a feature using another feature',
      'src/features/articles/Scratch.tsx',
      "import { DisplaySettings } from '../display/DisplaySettings.tsx';\nexport const x = DisplaySettings;\n",
    ],
    [
      'a feature using another the long way round',
      'src/features/articles/Scratch.tsx',
      "import { DisplaySettings } from '../../features/display/DisplaySettings.tsx';\nexport const x = DisplaySettings;\n",
    ],
    [
      'the reading place using another feature',
      'src/features/reading-place/Scratch.tsx',
      "import { LanguageSwitch } from '../language/LanguageSwitch.tsx';\nexport const x = LanguageSwitch;\n",
    ],
    [
      'a feature using the app',
      'src/features/articles/Scratch.tsx',
      "import { App } from '../../app/App.tsx';\nexport const x = App;\n",
    ],
    [
      'shared code using a feature',
      'src/shared/scratch.ts',
      "import { ArticlePage } from '../features/articles/ArticlePage.tsx';\nexport const x = ArticlePage;\n",
    ],
    [
      'the app using an inline script',
      'src/app/scratch.ts',
      "import { markPendingPage } from '../early/pendingPage.ts';\nexport const x = markPendingPage;\n",
    ],
    [
      'browser code using the build side',
      'src/app/scratch.ts',
      "import { loadContent } from '../../pipeline/content/load.ts';\nexport const x = loadContent;\n",
    ],
  ])('refuses %s', async (_name, file, code) => {
    expect(await problems(file, code)).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: /)]);
  });

  it.each([
    [
      'node:fs',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      /^import-x\/no-nodejs-modules: /,
    ],
    ['fs', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n", /^import-x\/no-nodejs-modules: /],
    ['zod', "import { z } from 'zod';\nexport const x = z;\n", /^no-restricted-imports: 'zod' .*Build-time only/],
  ])('refuses %s in a browser module', async (_name, code, rule) => {
    expect(await problems('src/shared/scratch.ts', code)).toContainEqual(expect.stringMatching(rule));
  });

  it('lets a feature use the reading place', async () => {
    expect(
      await problems(
        'src/features/language/Scratch.tsx',
        "import { readingPositionState } from '../reading-place/acrossSwitch.ts';\nexport const x = readingPositionState;\n",
      ),
    ).toEqual([]);
  });

  it('lets a feature use its own files, shared code and the content API, and the app use features', async () => {
    expect(
      await problems(
        'src/features/articles/Scratch.tsx',
        "import { ArticleBody } from './ArticleBody.tsx';\nimport { whenIdle } from '../../shared/whenIdle.ts';\nimport { articleQuery } from '../../content-api/queries.ts';\nexport const x = [ArticleBody, whenIdle, articleQuery];\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'src/app/scratch.ts',
        "import { ArticlePage } from '../features/articles/ArticlePage.tsx';\nexport const x = ArticlePage;\n",
      ),
    ).toEqual([]);
  });
});

/** A scratch module in `pipeline/<folder>/` that imports `paths` (relative to it). */
const pipelineScratch = (folder: string, paths: string[]) =>
  problems(
    `pipeline/${folder}/scratch.ts`,
    paths.map((path, at) => `import * as m${at} from '${path}';\nexport const x${at} = m${at};\n`).join(''),
  );

/** A module of each folder of pipeline/, by folder. */
const moduleOf = (folder: string) => readdirSync(`pipeline/${folder}`).find((name) => /^[^.]+\.ts$/.test(name));
const PIPELINE_FOLDERS = readdirSync('pipeline', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('npm run lint keeps pipeline/ running one way', () => {
  it.each([
    ['the edition using output/', 'edition', '../output/serviceWorker.ts'],
    ['the content using the edition the long way round', 'content', '../../pipeline/edition/manifest.ts'],
    ['the bundle using output/', 'bundle', '../output/serverConfig.ts'],
    ['output/ using deploy/', 'output', '../deploy/buildState.ts'],
    ['a stage using the wire import', 'edition', '../wire/wireCopy.ts'],
    ['the wire import using the edition', 'wire', '../edition/views.ts'],
    ['the build using the tests’ editions', 'deploy', '../testing/fixture.ts'],
  ])('refuses %s', async (_name, folder, path) => {
    expect(await pipelineScratch(folder, [path])).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: /)]);
  });

  it('gives every folder of pipeline/ a place: content/, the first stage, may use none of them', async () => {
    const others = PIPELINE_FOLDERS.filter((folder) => folder !== 'content');
    const found = await pipelineScratch(
      'content',
      others.map((folder) => `../${folder}/${moduleOf(folder)}`),
    );
    expect(found).toEqual(others.map(() => expect.stringMatching(/^import-x\/no-restricted-paths: /)));
  });

  it('lets a stage use the stages before it, and the wire import use the content', async () => {
    const stages = ['../content/load.ts', '../edition/manifest.ts', '../bundle/firstPaint.ts', '../output/compress.ts'];
    expect(await pipelineScratch('deploy', stages)).toEqual([]);
    expect(await pipelineScratch('wire', ['../content/schema.ts'])).toEqual([]);
  });
});
