import { describe, expect, it } from 'vitest';
import { staticImports } from './entryImports.ts';

describe('the entry chunk’s static imports', () => {
  it('reads named, bare and namespace imports, not import() calls', () => {
    const code =
      'import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{t}from"./import-tnMd9Xij.js";import"./side-AbCdEf12.js";' +
      'import * as n from "./app-B04rbvPB.js";async function a(){await import(`./react-D7x987yy.js`)}';
    expect(staticImports(code)).toEqual(['rolldown-runtime', 'import', 'side', 'app']);
  });
});
