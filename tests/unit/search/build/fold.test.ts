import { describe, expect, test } from 'vitest';
import { foldLetters, foldedWords, withFoldedCopy } from '../../../../src/search/build/fold.ts';

describe('folding letters without a Unicode decomposition for the index', () => {
  test.each([
    ['Bjørn', 'Bjorn'],
    ['Ærø', 'aero'],
    ['Œuvre', 'oeuvre'],
    ['Straße', 'Strasse'],
    ['Łódź', 'lódź'],
    ['Đorđe', 'dorde'],
    ['Þórr', 'thórr'],
    ['Kırıkkale', 'Kirikkale'],
    ['Guðrún', 'Gudrún'],
  ])('%s → %s', (word, folded) => {
    expect(foldLetters(word)).toBe(folded);
  });

  test('lists each folded word once, leaving words that need nothing out', () => {
    expect(foldedWords('Bjørn Løkke met officials; Bjørn spoke in Zürich')).toBe('Bjorn Lokke');
  });

  test('adds the folded copy inside the indexed body, before the index fields', () => {
    const html =
      '<article data-pagefind-body><h1>Bjørn wins</h1><p>In Tromsø</p><div hidden data-search-index-fields data-pagefind-ignore></div></article>';
    expect(withFoldedCopy(html)).toBe(
      '<article data-pagefind-body><h1>Bjørn wins</h1><p>In Tromsø</p><p>Bjorn Tromso</p><div hidden data-search-index-fields data-pagefind-ignore></div></article>',
    );
  });

  test.each([
    ['an upper-case letter', '<main data-pagefind-body><p>ØRSTED</p><div hidden data-search-index-fields></div></main>', 'oRSTED'],
    ['a Polish ł in the body', '<main data-pagefind-body><p>Wrocław</p><div hidden data-search-index-fields></div></main>', 'Wroclaw'],
  ])('adds the folded copy for %s', (_, html, folded) => {
    expect(withFoldedCopy(html)).toContain(`<p>${folded}</p><div hidden data-search-index-fields`);
  });

  test.each([
    ['nothing needs folding', '<article data-pagefind-body><p>Geneva</p><div hidden data-search-index-fields></div></article>'],
    ['the page has no index fields', '<article data-pagefind-body><p>Bjørn</p></article>'],
    [
      'the letter is only in an attribute',
      '<article data-pagefind-body><p title="Bjørn">Geneva</p><div hidden data-search-index-fields></div></article>',
    ],
    [
      'the letter is outside the indexed body',
      '<h1>Tromsø</h1><article data-pagefind-body><p>Geneva</p><div hidden data-search-index-fields></div></article>',
    ],
  ])('leaves the page alone when %s', (_, html) => {
    expect(withFoldedCopy(html)).toBe(html);
  });
});
