import { describe, expect, test } from 'vitest';
import { fixtureBuilds, readPage } from '../support/site.ts';
import { $$, jsonLdOf, parseHtml } from '../support/html.ts';

const SEED = '2022/09/10/china-says-un-has-closed-the-door-on-cooperation-over-human-rights-with-xinjiang-report/';
const EVERY_FIELD = '2023/03/15/zurich-talks-stall/';

describe('the seed article page', () => {
  test('is published at its dated permalink with the headline as title', async () => {
    const html = await readPage('fixture-root', SEED);
    expect(html).toContain(
      '<title>China says UN has ‘closed the door’ on cooperation over human rights with Xinjiang report · The News Archive</title>',
    );
    expect(html).toMatch(/<h1 class="article__title">China says UN has ‘closed the door’/);
    expect(html).toContain('<html lang="en"');
  });

  test('keeps the body’s typography exactly, including the ellipsis inside the quote', async () => {
    const html = await readPage('fixture-root', SEED);
    expect(html).toContain(
      '<p>“The extent of arbitrary and discriminatory detention of members of Uyghur and other predominantly Muslim groups ... may constitute international crimes, in particular crimes against humanity,” the report said.</p>',
    );
    expect(html).toContain('<p class="article__credit" data-pagefind-ignore>Additional reporting by agencies</p>');
  });

  test('shows source, dateline, date and reading time in the byline with spaces kept', async () => {
    const html = await readPage('fixture-root', SEED);
    expect(html).toContain('class="external">The Independent</a>');
    expect(html).toMatch(/The Independent<\/a><\/span><span aria-hidden="true"> · <\/span><span class="byline__dateline">Geneva<\/span>/);
    expect(html).toContain('<time datetime="2022-09-10T00:00:00Z">September 10, 2022</time>');
    expect(html).toMatch(/\d+ min read/);
  });

  test('describes itself to search engines and social sites', async () => {
    const html = await readPage('fixture-root', SEED);
    expect(html).toContain(`<link rel="canonical" href="https://news.example/${SEED}">`);
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta property="article:published_time" content="2022-09-10T00:00:00Z">');
    expect(html).toContain('<meta property="article:tag" content="Michelle Bachelet">');
    expect(jsonLdOf(html)).toMatchObject({
      '@type': 'NewsArticle',
      dateline: 'Geneva',
      inLanguage: 'en',
      datePublished: '2022-09-10T00:00:00Z',
    });
  });

  test('links every topic, person, place and organisation', async () => {
    const html = await readPage('fixture-root', SEED);
    expect(html).toContain('<a href="/people/michelle-bachelet/">Michelle Bachelet</a>');
    expect(html).toContain('<a href="/organisations/un-human-rights-office/">UN Human Rights Office</a>');
    expect(html).toContain('<a href="/places/geneva/">Geneva</a>');
  });

  test.each(Object.values(fixtureBuilds))(
    'ships no JavaScript at all ($name): search links open it at the passage with a text fragment',
    async (build) => {
      const html = await readPage(build.name, SEED);
      expect(html.match(/<script(?![^>]*application\/ld\+json)[^>]*>/g) ?? []).toEqual([]);
      expect(html).not.toMatch(/<link[^>]+(modulepreload|\.js")/);
    },
  );
});

describe('an article with every optional field', () => {
  test('escapes hostile characters in the title everywhere it appears', async () => {
    const html = await readPage('fixture-root', EVERY_FIELD);
    expect(html).toContain(
      '<title>Ministers &amp; envoys say “no deal” as talks &lt;stall&gt; in Zürich &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; 🌍 · The News Archive</title>',
    );
    const scripts = $$(parseHtml(html), 'script');
    expect(scripts.map((script) => script.properties.type)).toEqual(['application/ld+json']);
    expect(jsonLdOf(html).headline).toBe(
      'Ministers & envoys say “no deal” as talks <stall> in Zürich </script><script>alert(1)</script> 🌍',
    );
  });

  test('shows authors, updated date in the site zone, corrections, credit and image', async () => {
    const html = await readPage('fixture-root', EVERY_FIELD);
    expect(html).toContain(
      'By <span class="byline__authors"><a href="/authors/jose-martinez/" rel="author">José Martínez</a> and <a href="/authors/anna-kowalska/" rel="author">Anna Kowalska</a></span>',
    );
    expect(html).toContain('<time datetime="2023-03-15T02:30:00Z">March 15, 2023, 2:30 AM UTC</time>');
    // The latest change is the correction of 16 March, after the `updated` time of the 15th.
    expect(html).toContain(
      '<p class="byline__updated" id="updated" data-pagefind-ignore="all">Updated <a href="#corrections"><time datetime="2023-03-16T00:00:00Z">',
    );
    expect(html).toMatch(/<h2 id="corrections-heading">Correction<\/h2>/);
    expect(html).toContain('An earlier version gave the wrong date for the next round.');
    expect(html).toContain('alt="Delegates leaving the conference hall in Zürich"');
    expect(html).toContain('<html lang="en-GB"');
    expect(jsonLdOf(html)).toMatchObject({
      dateModified: '2023-03-16T00:00:00Z',
      author: [{ name: 'José Martínez' }, { name: 'Anna Kowalska' }],
    });
  });

  test('gives repeated and accented headings distinct GitHub-style ids', async () => {
    const html = await readPage('fixture-root', EVERY_FIELD);
    expect(html).toContain('<h2 id="what-was-agreed">What was agreed</h2>');
    expect(html).toContain('<h2 id="what-was-agreed-1">What was agreed</h2>');
    expect(html).toContain('<h3 id="zürichs-rôle--neutral-ground">');
  });

  test('lets no script, handler, javascript: link or srcdoc through from the body', async () => {
    const html = await readPage('fixture-root', EVERY_FIELD);
    const body = html.slice(html.indexOf('<div class="article__body'), html.indexOf('</article>'));
    expect(body).not.toMatch(/<script|onerror|javascript:|srcdoc|hacked = true/i);
    expect(body).toContain('<figcaption>The venue</figcaption>');
  });

  test('links non-Latin names to readable slugs', async () => {
    const html = await readPage('fixture-root', EVERY_FIELD);
    expect(html).toContain('<a href="/people/sergey-lavrov/">Сергей Лавров</a>');
    expect(html).toContain('<a href="/people/%E7%8E%8B%E6%AF%85/">王毅</a>');
    expect(html).toContain('<a href="/places/zurich/">Zürich</a>');
  });
});

describe('the rest of the fixture archive', () => {
  test('marks a Chinese article with its language', async () => {
    const html = await readPage('fixture-root', '2023/03/02/xinjiang-zh/');
    expect(html).toContain('<html lang="zh-Hans"');
    expect(html).toContain('联合国人权事务高级专员办事处在日内瓦发布了关于新疆的评估报告。');
  });

  test('does not publish drafts', async () => {
    await expect(readPage('fixture-root', '2023/03/01/unpublished/')).rejects.toThrow(/ENOENT/);
  });

  test('lists the latest articles on the home page', async () => {
    const html = await readPage('fixture-root', '/');
    expect(html.indexOf('zurich-talks-stall')).toBeLessThan(html.indexOf('china-says-un-has-closed-the-door'));
    expect(html).toContain('href="/2023/03/02/xinjiang-zh/"');
  });

  test('has a 404 page at the root', async () => {
    const html = await readPage('fixture-root', '404.html');
    expect(html).toContain('Page not found');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});
