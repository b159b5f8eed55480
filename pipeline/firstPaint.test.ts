import type { IndexHtmlTransformContext, Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { firstPaintPlugin, inlineCode } from './firstPaint.ts';
import { contentSecurityPolicy } from './serverConfig.ts';

const SHELL = [
  '<head><script>early()</script>',
  '<script type="module" crossorigin src="/assets/index-abc.js"></script>',
  '<link rel="stylesheet" crossorigin href="/assets/index-def.css"></head><body><div id="root"></div></body>',
].join('\n');

function transform(html: string, bundle: Rollup.OutputBundle): string {
  const hook = firstPaintPlugin().transformIndexHtml;
  if (!hook || typeof hook === 'function' || !('handler' in hook)) throw new Error('the plugin has no ordered HTML hook');
  const context = { path: '/index.html', filename: 'index.html', bundle } as IndexHtmlTransformContext;
  return hook.handler.call(undefined as never, html, context) as string;
}

const stylesheet = (source: string) => ({ 'assets/index-def.css': { type: 'asset', fileName: 'assets/index-def.css', source } }) as unknown as Rollup.OutputBundle;

describe('the first paint', () => {
  it('puts the stylesheet inside the page and drops the file', () => {
    const bundle = stylesheet('body{color:red}\n');
    const html = transform(SHELL, bundle);
    expect(html).toContain('<style>body{color:red}</style>');
    expect(html).not.toContain('rel="stylesheet"');
    expect(bundle['assets/index-def.css']).toBeUndefined();
  });

  it('replaces the module script with a loader that names the bundle and parses as a script', () => {
    const html = transform(SHELL, stylesheet('p{}'));
    expect(html).not.toContain('<script type="module"');
    const loader = /<script data-app-bundle="\/assets\/index-abc\.js">([^<]*)<\/script>/.exec(html)?.[1];
    expect(loader).toContain('first-contentful-paint');
    expect(() => new Function(loader ?? 'syntax error (')).not.toThrow();
  });

  it('fails the build when the stylesheet it links is not in the bundle', () => {
    expect(() => transform(SHELL, {})).toThrow('names no stylesheet of the build');
  });

  it('lists every inline script and stylesheet, which the policy allows by hash and nothing else', () => {
    const inline = inlineCode(transform(SHELL, stylesheet('p{}')));
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
});
