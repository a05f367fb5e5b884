import { describe, expect, test } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareLine, HUGO_SITE_FILES, INSTALL_HUGO, runHugoAnchor } from '../../../../tools/bench/hugo.ts';

describe('runHugoAnchor', () => {
  test('without Hugo on the PATH, stops with the command that installs it', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(runHugoAnchor('tests/fixtures/archive', mkdtempSync(join(tmpdir(), 'hugo-')))).rejects.toThrow(INSTALL_HUGO);
    } finally {
      process.env.PATH = path;
    }
  });

  test('its theme has a template for every page kind Hugo renders, and no taxonomies', () => {
    expect(Object.keys(HUGO_SITE_FILES).sort()).toEqual([
      'hugo.toml',
      'layouts/_default/baseof.html',
      'layouts/_default/list.html',
      'layouts/_default/single.html',
      'layouts/index.html',
    ]);
    expect(HUGO_SITE_FILES['hugo.toml']).toContain("disableKinds = ['taxonomy', 'term'");
    expect(HUGO_SITE_FILES['layouts/_default/single.html']).toContain('data-pagefind-body');
  });
});

describe('compareLine', () => {
  test('gives both builds and the ratios, ours over the anchor', () => {
    const anchor = { hugo: { seconds: 6.4, cpuSeconds: 10.5, pages: 10_466 }, pagefind: { seconds: 22.8, cpuSeconds: 30 } };
    expect(compareLine(anchor, { seconds: 56.4, cpuSeconds: 70.6, pages: 20_784 })).toBe(
      'Hugo + Pagefind: 6.4 s + 22.8 s = 29.2 s wall, 40.5 s CPU, 10,466 pages · ours: 56.4 s wall, 70.6 s CPU, 20,784 pages · ratio 1.93× wall, 1.74× CPU',
    );
  });
});
