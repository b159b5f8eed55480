import { describe, expect, it } from 'vitest';
import { shortClassNames } from './classNames.ts';
import { unwrapDynamicImports } from './plainDynamicImports.ts';

describe('short class names', () => {
  const name = shortClassNames(process.cwd());
  const shell = `${process.cwd()}/src/app/Shell.module.css`;
  const block = `${process.cwd()}/src/features/articles/ArticleBlock.module.css`;

  it('gives every class of every module a name of one or two characters, its own', () => {
    const names = ['masthead', 'inner', 'name', 'tagline'].map((local) => name(local, shell));
    for (const short of names) expect(short).toMatch(/^[a-zA-Z][a-zA-Z0-9]?$/);
    expect(new Set(names).size).toBe(names.length);
    expect(name('label', block)).not.toBe(name('name', shell));
  });

  it('names a class alike whichever build asks, query string or not', () => {
    expect(name('masthead', `${shell}?used`)).toBe(name('masthead', shell));
    expect(shortClassNames(process.cwd())('masthead', shell)).toBe(name('masthead', shell));
  });

  it('falls back to a longer, stable name for a class its reading of the stylesheets missed', () => {
    const unknown = name('nowhere', shell);
    expect(unknown).toMatch(/^k[a-zA-Z0-9]{6}$/);
    expect(name('nowhere', shell)).toBe(unknown);
  });
});

describe('dynamic imports', () => {
  it('undoes the preload wrapper, whether it picks exports or not', () => {
    const picking =
      '__vitePreload(async () => {\n\tconst { ShareButton } = await import("./ShareButton-x.js");\n\treturn { ShareButton };\n}, __VITE_PRELOAD__)';
    expect(unwrapDynamicImports(`(await ${picking}).ShareButton`)).toBe(
      '(await import("./ShareButton-x.js")).ShareButton',
    );
    expect(unwrapDynamicImports('__vitePreload(() => import("./a.js"), __VITE_PRELOAD__)')).toBe('import("./a.js")');
  });

  it('leaves any other call as it is', () => {
    const other = '__vitePreload(() => load(), __VITE_PRELOAD__)';
    expect(unwrapDynamicImports(other)).toBe(other);
  });
});
