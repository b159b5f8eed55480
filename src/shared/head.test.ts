// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyHead, headHtml, type Head } from './head.ts';

const hostile: Head = {
  title: '</title><script>alert(1)</script> & co',
  tags: [
    { tag: 'meta', attributes: { name: 'description', content: '"><img src=x onerror=alert(1)>' } },
    { tag: 'link', attributes: { rel: 'canonical', href: 'https://kiosque.example/fr/' } },
    { tag: 'json-ld', json: { headline: '</script><script>alert(1)</script>' } },
  ],
};

describe('headHtml', () => {
  it('escapes text, attributes and JSON so that nothing closes its element', () => {
    const html = headHtml(hostile);
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>');
    expect(html).toContain(
      '<meta name="description" content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" data-head>',
    );
    expect(html).toContain(
      '<script type="application/ld+json" data-head>{"headline":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}</script>',
    );
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('parses back to the same head', () => {
    document.head.innerHTML = headHtml(hostile);
    expect(document.title).toBe(hostile.title);
    expect(document.head.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      '"><img src=x onerror=alert(1)>',
    );
    expect(JSON.parse(document.head.querySelector('script')?.textContent ?? '')).toEqual({
      headline: '</script><script>alert(1)</script>',
    });
    expect(document.head.querySelector('img')).toBeNull();
  });
});

describe('applyHead', () => {
  it('replaces the tags it manages and leaves the others', () => {
    document.head.innerHTML =
      '<meta charset="utf-8"><meta name="description" content="old" data-head><link rel="canonical" href="/old" data-head>';
    applyHead({ title: 'Nouveau', tags: [{ tag: 'meta', attributes: { name: 'description', content: 'new' } }] });
    expect(document.title).toBe('Nouveau');
    expect(document.head.querySelectorAll('meta[name="description"]')).toHaveLength(1);
    expect(document.head.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('new');
    expect(document.head.querySelector('link[rel="canonical"]')).toBeNull();
    expect(document.head.querySelector('meta[charset]')).not.toBeNull();
  });
});
