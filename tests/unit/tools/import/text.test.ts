import { describe, expect, test } from 'vitest';
import { declaredEncoding, decodeInput, detectFormat } from '../../../../tools/import/input.ts';
import { bylineNames, creditLine, parseText, splitParagraphs } from '../../../../tools/import/text.ts';
import { plainText, stringifyBody } from '../../../../tools/import/markdown.ts';
import { ImportError } from '../../../../tools/import/types.ts';
import { readFile } from 'node:fs/promises';
import { fixture, readFixture } from './helpers.ts';

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const paragraphs = (text: string) => parseText(text).body.children.map(plainText);

describe('decodeInput', () => {
  test('strips a UTF-8 byte-order mark and turns Windows line endings into \\n', async () => {
    const decoded = decodeInput(await readFile(fixture('crlf-bom.txt')));
    expect(decoded).toBe(await readFixture('china-un-xinjiang-report.txt'));
  });
  test('refuses an empty file', () => {
    expect(() => decodeInput(new Uint8Array())).toThrow(/the file is empty/);
  });
  test('refuses a file of only whitespace', async () => {
    expect(() => decodeInput(new Uint8Array(Buffer.from(' \n\t\n')))).toThrow(/only whitespace/);
  });
  test('refuses binary content', async () => {
    expect(() => decodeInput(new Uint8Array(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])))).toThrow(/binary/);
  });
  test.each<[string, Uint8Array, string | undefined, string]>([
    [
      'windows-1252 by <meta charset>',
      latin1('<html><head><meta charset="windows-1252"><title>Caf\xe9 \x93Noir\x94</title>'),
      'windows-1252',
      'Café “Noir”',
    ],
    [
      'ISO-8859-1 by <meta charset> (read as windows-1252, as browsers do)',
      latin1("<html><head><meta charset='iso-8859-1'><title>Caf\xe9</title>"),
      'windows-1252',
      'Café',
    ],
    [
      'Shift_JIS by http-equiv',
      latin1('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>\x93\xfa\x96\x7b</title>'),
      'Shift_JIS',
      '日本',
    ],
    ['UTF-16LE by its byte-order mark', new Uint8Array(Buffer.from('\ufeffTitle Ü', 'utf16le')), 'UTF-16LE', 'Title Ü'],
    ['UTF-16BE by its byte-order mark', new Uint8Array(Buffer.from('\ufeffTitle Ü', 'utf16le').swap16()), 'UTF-16BE', 'Title Ü'],
    ['UTF-8 by its byte-order mark', new Uint8Array(Buffer.from('\ufeffCafé', 'utf8')), 'UTF-8', 'Café'],
    ['UTF-8 declaring nothing', new Uint8Array(Buffer.from('<p>Café</p>', 'utf8')), undefined, 'Café'],
  ])('decodes %s', (_kind, bytes, encoding, text) => {
    expect(declaredEncoding(bytes)).toBe(encoding);
    expect(decodeInput(bytes)).toContain(text);
    expect(decodeInput(bytes).startsWith('\ufeff')).toBe(false);
  });
  test.each<[string, Uint8Array, RegExp]>([
    [
      'text that declares nothing',
      latin1('Caf\xe9'),
      /not valid UTF-8 and declares no other encoding: save it as UTF-8, or add <meta charset/,
    ],
    ['a page that declares nothing', latin1('<html><title>Caf\xe9</title></html>'), /declares no other encoding/],
    [
      'a page that wrongly declares UTF-8',
      latin1('<meta charset="utf-8"><title>Caf\xe9</title>'),
      /says it is UTF-8 but is not valid UTF-8: correct its <meta charset>/,
    ],
  ])('refuses %s that is not valid UTF-8, saying how to fix it', (_kind, bytes, message) => {
    expect(() => decodeInput(bytes)).toThrow(message);
  });
  test('throws ImportError so the batch can report it and go on', () => {
    expect(() => decodeInput(new Uint8Array())).toThrow(ImportError);
  });
});

describe('detectFormat', () => {
  test('trusts .html and .txt extensions', () => {
    expect(detectFormat('a.html', 'plain')).toBe('html');
    expect(detectFormat('a.txt', '<html>')).toBe('text');
  });
  test('sniffs files without a known extension', () => {
    expect(detectFormat('download', '  <!DOCTYPE html><html>')).toBe('html');
    expect(detectFormat('notes', 'A headline\n\nA paragraph')).toBe('text');
  });
});

describe('parseText', () => {
  test('takes the first non-empty line as the title and trims it', async () => {
    expect(parseText(await readFixture('wrapped-lines.txt')).title).toBe('Headline after blank lines and spaces');
  });
  test('splits paragraphs on blank lines and keeps soft-wrapped lines together', async () => {
    expect(paragraphs(await readFixture('wrapped-lines.txt'))).toEqual([
      'First paragraph wraps\nacross two lines.',
      'Second paragraph is indented.',
    ]);
  });
  test('makes the first paragraph the description, soft line breaks as spaces', async () => {
    expect(parseText(await readFixture('wrapped-lines.txt')).description).toBe('First paragraph wraps across two lines.');
  });
  test('turns a trailing "Additional reporting by agencies" into the credit', async () => {
    const parsed = parseText(await readFixture('china-un-xinjiang-report.txt'));
    expect(parsed.credit).toBe('Additional reporting by agencies');
    expect(paragraphs(await readFixture('china-un-xinjiang-report.txt')).at(-1)).toMatch(/^While China has rejected/);
  });
  test('recognises "Reporting by …" and "With agencies" credit lines', async () => {
    expect(parseText(await readFixture('reporting-by.txt')).credit).toBe('Reporting by Jane Doe and Amir Khan');
    expect(parseText(await readFixture('with-agencies.txt')).credit).toBe('With agencies');
  });
  test('reads a "By …" line under the headline as the authors', async () => {
    const parsed = parseText(await readFixture('byline.txt'));
    expect(parsed.authors).toEqual(['Sofia Álvarez', 'Tomás Ó Briain']);
    expect(paragraphs(await readFixture('byline.txt'))).toEqual([
      'European shares were little changed on Thursday after the central bank held rates.',
    ]);
  });
  test('keeps typographic quotes, dashes, ellipses and non-ASCII names exactly', async () => {
    const text = await readFixture('typography.txt');
    const parsed = parseText(text);
    expect(parsed.title).toBe('‘It’s not over’ — Łódź mayor vows to fight on…');
    expect(paragraphs(text)).toEqual(splitParagraphs(text).slice(1));
  });
  test.each([
    ['a line of "&#x20;"', '&#x20;'],
    ['a line of "&nbsp;"', '&nbsp;'],
    ['a line of no-break spaces', '\u00a0\u00a0'],
    ['a line of a zero-width space', '\u200b'],
    ['references and spaces', ' &#160; &#x20; '],
  ])('a paragraph of %s is no paragraph', (_kind, blank) => {
    const parsed = parseText(`Title\n\nFirst.\n\n${blank}\n\nSecond.\n${blank}\nThird.`);
    expect(stringifyBody(parsed.body)).toBe('First.\n\nSecond.\n\nThird.\n');
  });
  test('a story made only of blank paragraphs has no body', () => {
    expect(() => parseText('Title\n\n&#x20;\n\n\u00a0')).toThrow(/no body/);
  });
  test('rejects a title-only file with a clear reason', async () => {
    const text = await readFixture('title-only.txt');
    expect(() => parseText(text)).toThrow(/has a title \("Just a headline with nothing under it"\) but no body/);
  });
  test('does not mistake an ordinary closing paragraph for a credit', () => {
    expect(parseText('Title\n\nFirst.\n\nReporters were told to leave.').credit).toBeUndefined();
  });
});

describe('creditLine and bylineNames', () => {
  test('strip the brackets agencies put around credits', () => {
    expect(creditLine('(Reporting by Ana Pérez; Editing by Tom Hogue)')).toBe('Reporting by Ana Pérez; Editing by Tom Hogue');
  });
  test('ignore long paragraphs that merely start like a credit', () => {
    expect(creditLine(`Reporting by ${'x '.repeat(150)}`)).toBeUndefined();
  });
  test('split names on commas and "and"', () => {
    expect(bylineNames('By Ana Pérez, Li Wei and Tom Hogue')).toEqual(['Ana Pérez', 'Li Wei', 'Tom Hogue']);
    expect(bylineNames('by-election called')).toBeUndefined();
  });
});

describe('parseText: a headline repeated as the first paragraph', () => {
  test.each([
    ['the same line', 'Floods Hit Valencia Again\n\nFloods Hit Valencia Again\n\nRain fell all week.'],
    ['in another case and spacing', 'Floods hit Valencia again\n\nFLOODS HIT  VALENCIA\nAGAIN\n\nRain fell all week.'],
    ['in capitals with a full stop', 'Council Approves New Bridge\n\nCOUNCIL APPROVES NEW BRIDGE.\n\nRain fell all week.'],
  ])('%s: is dropped, and the description is the story’s first paragraph', (_what, text) => {
    const parsed = parseText(text);
    expect(parsed.description).toBe('Rain fell all week.');
    expect(parsed.body.children).toHaveLength(1);
  });
  test('a body that is only the headline again is kept, not emptied', () => {
    expect(parseText('Floods\n\nFloods').body.children).toHaveLength(1);
  });
});
