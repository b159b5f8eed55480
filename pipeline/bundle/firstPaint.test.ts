import type { IndexHtmlTransformContext, Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { firstPaintPlugin, inlineCode, withFirstViewChunks, type FirstPaintPluginApi } from './firstPaint.ts';
import { contentSecurityPolicy } from '../output/serverConfig.ts';

const SHELL = [
  '<head><script>early()</script>',
  '<script type="module" crossorigin src="/assets/index-abc.js"></script>',
  '<link rel="stylesheet" crossorigin href="/assets/index-def.css"></head><body><div id="root"></div></body>',
].join('\n');

function transform(html: string, bundle: Rollup.OutputBundle): Promise<string> {
  const hook = firstPaintPlugin().transformIndexHtml;
  if (!hook || typeof hook === 'function' || !('handler' in hook))
    throw new Error('the plugin has no ordered HTML hook');
  const context = { path: '/index.html', filename: 'index.html', bundle } as IndexHtmlTransformContext;
  return hook.handler.call(undefined as never, html, context) as Promise<string>;
}

/** A client build: the entry, which boots the app's chunk, which imports a library; and the lazy pages. */
function chunks(): Record<string, Partial<Rollup.OutputChunk>> {
  const chunk = (
    fileName: string,
    imports: string[] = [],
    dynamicImports: string[] = [],
    facadeModuleId: string | null = null,
  ) => ({
    type: 'chunk' as const,
    fileName,
    imports,
    dynamicImports,
    facadeModuleId,
    isDynamicEntry: facadeModuleId !== null,
  });
  const page = (name: string, module: string) =>
    chunk(`assets/${name}.js`, ['assets/app-1.js'], [], `${process.cwd()}/${module}`);
  return {
    'assets/index-abc.js': chunk('assets/index-abc.js', [], ['assets/app-1.js']),
    'assets/app-1.js': chunk('assets/app-1.js', ['assets/react-2.js'], ['assets/topic-3.js', 'assets/search-4.js']),
    'assets/react-2.js': chunk('assets/react-2.js'),
    'assets/topic-3.js': page('topic-3', 'src/features/topics/topicRoute.ts'),
    'assets/search-4.js': page('search-4', 'src/features/search/searchRoute.ts'),
  };
}

const stylesheet = (source: string) =>
  ({
    ...chunks(),
    'assets/index-def.css': { type: 'asset', fileName: 'assets/index-def.css', source },
  }) as unknown as Rollup.OutputBundle;

describe('the first paint', () => {
  it('puts the stylesheet inside the page and drops the file', async () => {
    const bundle = stylesheet('body{color:red}\n');
    const html = await transform(SHELL, bundle);
    expect(html).toContain('<style>body{color:red}</style>');
    expect(html).not.toContain('rel="stylesheet"');
    expect(bundle['assets/index-def.css']).toBeUndefined();
  });

  it('replaces the module script with a loader that names the entry and the first view’s chunks, each after what it imports, and parses as a script', async () => {
    const html = await transform(SHELL, stylesheet('p{}'));
    expect(html).not.toContain('<script type="module"');
    const loader =
      /<script data-app-bundle="\/assets\/index-abc\.js" data-app-chunks="\/assets\/react-2\.js \/assets\/app-1\.js">([^<]*)<\/script>/.exec(
        html,
      )?.[1];
    expect(loader).toContain('first-contentful-paint');
    expect(() => new Function(loader ?? 'syntax error (')).not.toThrow();
  });

  it('fails the build when the stylesheet it links is not in the bundle', async () => {
    await expect(transform(SHELL, chunks() as unknown as Rollup.OutputBundle)).rejects.toThrow(
      'names no stylesheet of the build',
    );
  });

  it('fails the build when a kind of page’s module is not a lazy chunk', async () => {
    const bundle = stylesheet('p{}');
    Reflect.deleteProperty(bundle, 'assets/topic-3.js');
    await expect(transform(SHELL, bundle)).rejects.toThrow(
      'src/features/topics/topicRoute.ts is not a lazy chunk of the build',
    );
  });

  it('names a kind of page’s own chunk, and what it imports, after the chunks every page needs', async () => {
    const plugin = firstPaintPlugin();
    const hook = plugin.transformIndexHtml;
    if (!hook || typeof hook === 'function' || !('handler' in hook))
      throw new Error('the plugin has no ordered HTML hook');
    await hook.handler.call(undefined as never, SHELL, {
      path: '/index.html',
      filename: 'index.html',
      bundle: stylesheet('p{}'),
    } as IndexHtmlTransformContext);
    const first = (plugin.api as FirstPaintPluginApi).chunks();
    expect(first.byKind('topic')).toEqual(['/assets/react-2.js', '/assets/app-1.js', '/assets/topic-3.js']);
    expect(first.byKind('article')).toEqual(['/assets/react-2.js', '/assets/app-1.js']);
    const page = withFirstViewChunks(await transform(SHELL, stylesheet('p{}')), first.entry, first.byKind('topic'));
    expect(page).toContain('data-app-chunks="/assets/react-2.js /assets/app-1.js /assets/topic-3.js"');
  });

  it('lists every inline script and stylesheet, which the policy allows by hash and nothing else', async () => {
    const inline = inlineCode(await transform(SHELL, stylesheet('p{}')));
    expect(inline.scripts).toHaveLength(2);
    expect(inline.scripts[0]).toBe('early()');
    expect(inline.styles).toEqual(['p{}']);
    const policy = contentSecurityPolicy(inline);
    // WebAssembly (search) may compile; JavaScript may not be evaluated.
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+' 'sha256-[^']+';/);
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(policy).toMatch(/style-src 'self' 'sha256-[^']+';/);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('takes an inline script whole, whatever it compares', () => {
    expect(inlineCode('<script>if(a<b)c()</script><style>p{}</style>')).toEqual({
      scripts: ['if(a<b)c()'],
      styles: ['p{}'],
    });
  });
});
