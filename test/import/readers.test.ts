import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/import/cell-text.ts';
import { anyOf, compactRange, dropPrefix, eachOf, emptyToNull, leadingVersion, part, pep440, stripV } from '../../src/import/readers.ts';

const row = undefined as never;

describe('cell readers', () => {
  it.each([
    ['2.1.0.rc1', '2.1.0rc1'],
    ['1.11.0.rc2 (beta)', '1.11.0rc2'],
    ['1.11.0.rc1（beta）', '1.11.0rc1'],
    ['v2.3.1', '2.3.1'],
    ['2.1.0.post10', '2.1.0.post10'],
    ['2.6.0-rc1', '2.6.0rc1'],
    ['0.7.0-beta', '0.7.0b0'],
    ['2.0.0-alpha', '2.0.0a0'],
  ])('pep440 %s -> %s', (input, out) => expect(pep440(input, row)).toBe(out));

  it('keeps vendor version strings verbatim where no reader changes them', () => {
    expect(dropPrefix('CANN ')('CANN 8.0.RC3.alpha001', row)).toBe('8.0.RC3.alpha001');
    expect(stripV('v0.9.1', row)).toBe('0.9.1');
    expect(stripV('V10 SP1', row)).toBe('V10 SP1');
  });

  it('reads lists, parts and printed ranges', () => {
    expect(anyOf()('3.9, 3.10/3.11', row)).toBe('3.9 || 3.10 || 3.11');
    expect(eachOf(/\//, stripV)('v0.10.1/v0.10.1.1', row)).toBe('0.10.1 || 0.10.1.1');
    expect(part(1)('2.9.0  / 2.9.0.post1+git4c901a4', row)).toBe('2.9.0.post1+git4c901a4');
    expect(compactRange('>= 3.10, < 3.13', row)).toBe('>=3.10 <3.13');
    expect(leadingVersion('26.0.0 (commercial)', row)).toBe('26.0.0');
    expect(leadingVersion('In development', row)).toBeNull();
    expect(emptyToNull('N/A', row)).toBeNull();
  });

  it('cellText drops links, code spans, bold and tags', () => {
    expect(cellText('[2.7.1](https://www.mindspore.cn/install)')).toBe('2.7.1');
    expect(cellText('**`0.20.2`**(rc) <br/>`0.9.1`')).toBe('0.20.2(rc) 0.9.1');
    expect(cellText('a \\| b &amp; c')).toBe('a | b & c');
  });
});
