import type { AstroLoggerMessage } from 'astro';
import { afterEach, describe, expect, test, vi } from 'vitest';
import buildLog, { isPageEvent } from '../../../src/build/log.ts';

const event = (label: string | null, message: string, newLine = true): AstroLoggerMessage => ({ label, level: 'info', message, newLine });

describe('isPageEvent', () => {
  test.each([
    // The two halves Astro 7 writes per page (astro/dist/core/build/generate.js), plain and coloured.
    ['page entry', event(null, '  ├─ /2022/09/index.html', false), true],
    ['last page entry', event(null, '  └─ /a/index.html', false), true],
    ['coloured page entry', event(null, '  \x1b[34m├─\x1b[39m \x1b[2m/on-this-day/01-03/index.html\x1b[22m', false), true],
    ['render time', event('SKIP_FORMAT', ' (+12ms) '), true],
    ['slow render time', event('SKIP_FORMAT', ' \x1b[31m(+1.52s)\x1b[39m '), true],
    ['cached page', event('SKIP_FORMAT', ' \x1b[32m(cached)\x1b[39m'), true],
    ['restored page', event('SKIP_FORMAT', ' (restored)'), true],
    // Everything else stays.
    ['a page whose file was not created', event('SKIP_FORMAT', ' (+3ms) (file not created, response body was empty)'), false],
    ['the phase heading', event('SKIP_FORMAT', '\n\x1b[42m\x1b[30m generating static routes \x1b[39m\x1b[49m'), false],
    ['a build line', event('build', 'Complete!'), false],
    ['a page entry with a line end', event(null, '  ├─ /x/index.html'), false],
    ['a completion line', event(null, '✓ Completed in 48.56s.\n'), false],
    ['an integration line', event('news-archive:search-index', 'Indexed 10,000 articles for search in 2 shards.'), false],
    ['a warning shaped like a page line', { ...event(null, '  ├─ /x/index.html', false), level: 'warn' } as AstroLoggerMessage, false],
  ])('%s → %s', (_, message, expected) => {
    expect(isPageEvent(message)).toBe(expected);
  });
});

describe('buildLog', () => {
  const originalSend = process.send;
  afterEach(() => {
    process.send = originalSend;
    vi.restoreAllMocks();
  });

  const written = (withIpc: boolean) => {
    process.send = withIpc ? () => true : undefined;
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    const log = buildLog();
    log.write(event('build', 'Building static entrypoints...'));
    log.write(event(null, '  ├─ /2024/index.html', false));
    log.write(event('SKIP_FORMAT', ' (+12ms) '));
    log.write(event('build', 'Complete!'));
    return out.join('');
  };

  test('drops the line per page while the build command reports progress', () => {
    const text = written(true);
    expect(text).toContain('Building static entrypoints...');
    expect(text).toContain('Complete!');
    expect(text).not.toContain('/2024/index.html');
    expect(text).not.toContain('(+12ms)');
  });

  test('prints everything under `astro dev` or a bare `astro build`', () => {
    const text = written(false);
    expect(text).toContain('  ├─ /2024/index.html (+12ms)');
    expect(text).toContain('Complete!');
  });
});
