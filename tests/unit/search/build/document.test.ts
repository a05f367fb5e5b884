import { describe, expect, test } from 'vitest';
import { BODY_START, FIELDS_START, indexedDocument } from '../../../../src/search/build/document.ts';

const head = '<!DOCTYPE html><html lang="fr" dir="ltr"><head><meta charset="utf-8"><title>Titre</title></head>';
const fields = `${FIELDS_START} data-pagefind-ignore><span data-pagefind-filter="topic">Santé</span></div>`;
const page = (body: string) =>
  `${head}<body><header data-pagefind-ignore="all"><nav>Sections</nav></header><main>${BODY_START}<h1>Titre</h1>${body}${fields}</article><section class="cite" data-pagefind-ignore="all"><a href="data:text/plain;base64,QQ==">BibTeX</a></section><footer>Pied</footer></main></body></html>`;

describe('indexedDocument', () => {
  test.each([
    ['a plain body', '<p>Le texte.</p>'],
    ['a body whose text speaks of HTML', '<p>Write &lt;/article&gt; to close it.</p>'],
    ['a body with a raw </article> in an attribute', '<p><a title="</article>" href="https://example.org/">lien</a></p>'],
    ['a body with its own article element', '<article><p>Encadré</p></article><p>Suite.</p>'],
  ])('%s: keeps the language, the title and the whole body article, drops everything else', (_what, body) => {
    const cut = indexedDocument(page(body));
    expect(cut).toBe(`${head}<body>${BODY_START}<h1>Titre</h1>${body}${fields}</article></body></html>`);
    expect(cut).not.toContain('BibTeX');
    expect(cut).not.toContain('Sections');
    expect(cut).not.toContain('Pied');
  });

  test.each([
    [
      'description, social, citation and Dublin Core tags and JSON-LD',
      '<meta name="description" content="Résumé"><meta property="og:title" content="Titre"><meta name="citation_title" content="Titre"><meta name="DC.title" content="Titre"><script type="application/ld+json">{"@type":"NewsArticle"}</script><link rel="canonical" href="https://example.org/a/">',
      '<title>Titre</title>',
    ],
    ['no title', '<meta name="description" content="Résumé">', ''],
  ])('the head keeps only the character set and the title: %s', (_what, extra, title) => {
    const html = page('<p>Le texte.</p>').replace('<title>Titre</title>', `${title}${extra}`);
    expect(indexedDocument(html)).toBe(
      `<!DOCTYPE html><html lang="fr" dir="ltr"><head><meta charset="utf-8">${title}</head><body>${BODY_START}<h1>Titre</h1><p>Le texte.</p>${fields}</article></body></html>`,
    );
  });

  test.each([
    ['no body article', `${head}<body><main><p>Liste</p></main></body></html>`],
    ['no index fields', `${head}<body>${BODY_START}<p>Texte</p></article></body></html>`],
    ['no head', `<p>${BODY_START}${fields}</article></p>`],
    ['the index fields not closed', `${head}<body>${BODY_START}<p>Texte</p>${FIELDS_START}>`],
  ])('%s: the page is sent whole', (_what, html) => {
    expect(indexedDocument(html)).toBe(html);
  });

  test('the indexed copy drops invisible break hints, so "Vladimir" finds "Vladi&shy;mir"', () => {
    expect(indexedDocument(page('<p>Vladi\u00admir Putin and Xi Jin\u200bping met.</p>'))).toContain(
      '<p>Vladimir Putin and Xi Jinping met.</p>',
    );
  });
});
