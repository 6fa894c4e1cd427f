import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compareVersions, formatVersion, parseRange, parseVersion, satisfies } from '../../src/version/index.ts';
import { SCHEMES } from '../../src/version/schemes/index.ts';

/** Real vendor strings, oldest first, per scheme. */
const ORDERED: Record<string, string[]> = {
  pep440: ['1.11.0rc1', '1.11.0', '2.1.0.dev20240101', '2.1.0rc1', '2.1.0', '2.1.0.post2', '2.1.0.post10', '2.1.0.post13', '2.3.1', '2.7.1.post8', '2.12.0'],
  cann: ['5.0.2', '6.3.RC2', '6.3.RC3', '6.3.RC3.1', '7.0.RC1', '7.0.0', '8.0.RC1', '8.0.RC2.alpha002', '8.0.RC2.beta1', '8.0.RC2', '8.0.RC3', '8.0.0', '8.1.RC1', '8.5.0.alpha002', '8.5.0', '9.0.0-beta.1', '9.0.0-beta.2', '9.0.0', '9.1.0'],
  hdk: ['1.0.11.alpha', '1.0.12.alpha', '1.0.13.alpha', '1.0.13.alpha001', '1.0.13.beta', '1.0.13', '1.0.15', '23.0.RC2', '23.0.RC2.b060', '23.0.RC3', '23.0.0', '24.1.RC1', '24.1.RC3', '24.1.0', '25.2.0', '25.5.0'],
  kylin: ['V10', 'V10 SP1', 'V10 SP2', 'V10 SP3', 'V10 SP3 2403', 'V11'],
  openeuler: ['20.03 LTS', '20.03 LTS SP1', '20.03 LTS SP3', '22.03 LTS', '22.03 LTS SP4', '23.09', '24.03 LTS', '24.03 LTS SP1', '24.09'],
  uos: ['V20', 'V20 1020e', 'V20 1050a', 'V20 1050d', 'V20 1050e', 'V20 1050u1e', 'V20 1050u2e', 'V20 1060e', 'V20 1070', 'V20 1070a'],
  dotted: ['7', '7.6', '8.1.3.100', '18.04', '22.04', '24.04'],
  semver: ['0.9.1-rc.1', '0.9.1', '0.13.0', '6.5.12', '7.5.0', '8.5.1'],
};

const FORGIVING: [string, string, string][] = [
  ['cann', '8.0.rc3', '8.0.RC3'],
  ['cann', 'v8.0.RC3', '8.0.RC3'],
  ['cann', '8.5.0.alpha3', '8.5.0.alpha003'],
  ['hdk', '23.0.rc2.b060', '23.0.RC2.b060'],
  ['hdk', '1.0.13.Alpha', '1.0.13.alpha'],
  ['hdk', 'v1.0.13.alpha', '1.0.13.alpha'],
  ['cann', '6.0.RC1.beta', '6.0.RC1.beta'],
  ['pep440', '2.1.0.rc1', '2.1.0rc1'],
  ['pep440', 'v0.9.1rc1', '0.9.1rc1'],
  ['pep440', '2.1.0-post10', '2.1.0.post10'],
  ['semver', 'v0.13.0', '0.13.0'],
  ['openeuler', '22.03-LTS-SP3', '22.03 LTS SP3'],
  ['openeuler', '22.03 lts sp3', '22.03 LTS SP3'],
  ['openeuler', 'openEuler 22.03 LTS', '22.03 LTS'],
  ['kylin', 'V10-SP3', 'V10 SP3'],
  ['kylin', 'V10SP3', 'V10 SP3'],
  ['kylin', 'v10 sp3', 'V10 SP3'],
  ['uos', 'V20(1050e)', 'V20 1050e'],
  ['uos', 'uos-v20-1050e', 'V20 1050e'],
  ['uos', 'UOS V20 1050U2E', 'V20 1050u2e'],
  ['kylin', 'Kylin V10 SP3-2403', 'V10 SP3 2403'],
];

describe('version schemes', () => {
  for (const [scheme, list] of Object.entries(ORDERED)) {
    it(`orders real ${scheme} versions oldest first`, () => {
      for (let i = 1; i < list.length; i++) {
        expect(compareVersions(scheme, list[i - 1]!, list[i]!), `${list[i - 1]} < ${list[i]}`).toBeLessThan(0);
      }
    });
    it(`keeps canonical ${scheme} text stable`, () => {
      for (const v of list) expect(formatVersion(scheme, v)).toBe(v);
    });
  }

  for (const [scheme, input, canonical] of FORGIVING) {
    it(`reads ${scheme} "${input}" as "${canonical}"`, () => {
      expect(formatVersion(scheme, input)).toBe(canonical);
      expect(compareVersions(scheme, input, canonical)).toBe(0);
    });
  }

  it.each([
    ['cann', '8.0.X'],
    ['cann', '8.0.RC'],
    ['hdk', '1.0.alpha'],
    ['hdk', '1.0.13.gamma'],
    ['pep440', '2.1.0.foo'],
    ['kylin', 'V10 SP'],
    ['openeuler', '22.3 LTS'],
    ['semver', '1.2.3.4'],
    ['dotted', '22.04 LTS'],
  ])('refuses %s "%s" naming the scheme and an example', (scheme, input) => {
    expect(() => parseVersion(scheme, input)).toThrowError(new RegExp(`not a ${scheme} version.*for example`));
  });

  it('never coerces: 8.0.RC2 is not 8.0.0 and 2.1.0.post10 is not 2.1.0', () => {
    expect(compareVersions('cann', '8.0.RC2', '8.0.0')).not.toBe(0);
    expect(compareVersions('pep440', '2.1.0.post10', '2.1.0')).not.toBe(0);
    expect(compareVersions('cann', '8.0.RC10', '8.0.RC9')).toBeGreaterThan(0);
  });

  it('reads a pre-release tag without a number (old Atlas 200 DK drivers, 1.0.13.alpha)', () => {
    const v = parseVersion('hdk', '1.0.13.alpha');
    expect(v.text).toBe('1.0.13.alpha');
    expect(v.pre).toBe(true);
    expect(compareVersions('hdk', '1.0.13.alpha', '1.0.13.alpha001')).toBeLessThan(0);
    expect(compareVersions('hdk', '1.0.13.alpha', '1.0.13.alpha0')).toBeLessThan(0);
    expect(compareVersions('hdk', '1.0.13.alpha', '1.0.13')).toBeLessThan(0);
    expect(compareVersions('hdk', '1.0.12.alpha', '1.0.13.alpha')).toBeLessThan(0);
    expect(compareVersions('cann', '6.0.RC1.beta', '6.0.RC1.beta1')).toBeLessThan(0);
    expect(compareVersions('cann', '6.0.RC1.alpha005', '6.0.RC1.beta')).toBeLessThan(0);
    expect(compareVersions('hdk', '1.0.13.alpha', '1.0.13.alpha')).toBe(0);
  });

  it('refuses an unknown scheme', () => {
    expect(() => parseVersion('calver', '2024.1')).toThrowError(/unknown version scheme "calver"/);
  });

  it('refuses overlong input before matching it', () => {
    expect(() => parseVersion('pep440', `${'1.'.repeat(5000)}0`)).toThrowError(/not a pep440 version/);
  });
});

describe('ranges', () => {
  const yes = (scheme: string, range: string, v: string) => satisfies(parseRange(scheme, range), parseVersion(scheme, v));
  it('admits RCs and the final release between RC bounds', () => {
    expect(yes('cann', '>=8.0.RC1 <8.1.RC1', '8.0.RC3')).toBe('yes');
    expect(yes('cann', '>=8.0.RC1 <8.1.RC1', '8.0.0')).toBe('yes');
    expect(yes('cann', '>=8.0.RC1 <8.1.RC1', '8.1.RC1')).toBe('no');
  });
  it('treats a partial version as its series', () => {
    expect(yes('pep440', '>=3.8 <3.12', '3.11')).toBe('yes');
    expect(yes('pep440', '3.11', '3.11.4')).toBe('yes');
    expect(yes('pep440', '<3.12', '3.12.0rc1')).toBe('no');
    expect(yes('pep440', '<=3.11', '3.11.9')).toBe('yes');
    expect(yes('pep440', '>3.11', '3.11.9')).toBe('no');
    expect(yes('pep440', '>3.11', '3.12')).toBe('yes');
    expect(yes('cann', '8.5', '8.5.0.alpha002')).toBe('yes');
    expect(yes('hdk', '1.0', '1.0.13.alpha')).toBe('yes');
    expect(yes('hdk', '>=1.0.12.alpha <1.0.13', '1.0.13.alpha')).toBe('yes');
    expect(yes('dotted', '7', '7.6')).toBe('yes');
  });
  it('says maybe when a series only partly overlaps', () => {
    expect(yes('pep440', '>=3.11.4', '3.11')).toBe('maybe');
    expect(yes('pep440', '3.8 || 3.9', '3')).toBe('maybe');
  });
  it('reads hyphen ranges, ||, * and exact versions', () => {
    expect(yes('kylin', 'V10 SP1 - V10 SP3', 'V10 SP2')).toBe('yes');
    expect(yes('kylin', 'V10 SP1 - V10 SP3', 'V11')).toBe('no');
    // A service pack admits its builds; an edition admits its updates; neither admits the next one.
    expect(yes('kylin', 'V10 SP3', 'V10 SP3 2403')).toBe('yes');
    expect(yes('kylin', 'V10', 'V10 SP1')).toBe('no');
    expect(yes('uos', 'V20 1050e', 'V20 1050u2e')).toBe('yes');
    expect(yes('uos', 'V20 1050e', 'V20 1050d')).toBe('no');
    expect(yes('uos', 'V20 1050e', 'V20 1060e')).toBe('no');
    expect(yes('openeuler', '22.03 LTS SP1 || 22.03 LTS SP3', '22.03-LTS-SP3')).toBe('yes');
    expect(yes('openeuler', '22.03 LTS SP1 || 22.03 LTS SP3', '22.03 LTS SP2')).toBe('no');
    expect(yes('pep440', '*', '0.0.1')).toBe('yes');
    expect(yes('pep440', '2.1.0', '2.1.0.post10')).toBe('no');
  });
  it('answers maybe for a missing version unless the range is *', () => {
    expect(satisfies(parseRange('cann', '*'), undefined)).toBe('yes');
    expect(satisfies(parseRange('cann', '8.0.0'), undefined)).toBe('maybe');
  });
  it('reports the part of a range it cannot read', () => {
    expect(() => parseRange('pep440', '>=3.8 <<3')).toThrowError(/cannot read "<<3"/);
    expect(() => parseRange('cann', '>=8.0.X')).toThrowError(/"8.0.X" is not a cann version/);
    expect(() => parseRange('pep440', 'a - b - c')).toThrowError(/bad|not a valid/);
  });
});

const pep440Arb = fc
  .record({
    release: fc.array(fc.nat({ max: 30 }), { minLength: 3, maxLength: 4 }),
    pre: fc.option(fc.tuple(fc.constantFrom('a', 'b', 'rc'), fc.nat({ max: 20 })), { nil: undefined }),
    post: fc.option(fc.nat({ max: 20 }), { nil: undefined }),
    dev: fc.option(fc.nat({ max: 20 }), { nil: undefined }),
  })
  .map(({ release, pre, post, dev }) => `${release.join('.')}${pre ? `${pre[0]}${pre[1]}` : ''}${post !== undefined ? `.post${post}` : ''}${dev !== undefined ? `.dev${dev}` : ''}`);

const cannArb = fc
  .tuple(fc.nat({ max: 12 }), fc.nat({ max: 9 }), fc.oneof(fc.nat({ max: 5 }).map(String), fc.nat({ max: 9 }).map((n) => `RC${n}`)), fc.option(fc.constantFrom('.alpha001', '.beta1', '.alpha', '-beta.2'), { nil: undefined }))
  .map(([a, b, c, d]) => `${a}.${b}.${c}${d ?? ''}`);

const ARBS: Record<string, fc.Arbitrary<string>> = {
  pep440: pep440Arb,
  cann: cannArb,
  hdk: cannArb,
  kylin: fc.tuple(fc.integer({ min: 4, max: 12 }), fc.nat({ max: 4 })).map(([m, sp]) => `V${m}${sp ? ` SP${sp}` : ''}`),
  openeuler: fc.tuple(fc.integer({ min: 10, max: 30 }), fc.constantFrom('03', '09'), fc.nat({ max: 5 })).map(([y, m, sp]) => `${y}.${m}${m === '03' ? ' LTS' : ''}${m === '03' && sp ? ` SP${sp}` : ''}`),
  uos: fc.tuple(fc.integer({ min: 10, max: 30 }), fc.option(fc.integer({ min: 1000, max: 1100 }), { nil: undefined })).map(([m, b]) => `V${m}${b ? ` ${b}e` : ''}`),
  dotted: fc.array(fc.nat({ max: 99 }), { minLength: 1, maxLength: 4 }).map((a) => a.join('.')),
  semver: fc.tuple(fc.nat({ max: 20 }), fc.nat({ max: 20 }), fc.nat({ max: 20 }), fc.option(fc.constantFrom('rc.1', 'alpha', 'beta.2'), { nil: undefined })).map(([a, b, c, p]) => `${a}.${b}.${c}${p ? `-${p}` : ''}`),
};

describe('comparator properties', () => {
  it('has an arbitrary for every scheme', () => {
    expect(Object.keys(ARBS).sort()).toEqual(Object.keys(SCHEMES).sort());
  });
  for (const [scheme, arb] of Object.entries(ARBS)) {
    test.prop([arb, arb])(`${scheme}: antisymmetric`, (a, b) => {
      expect(Math.sign(compareVersions(scheme, a, b)) + Math.sign(compareVersions(scheme, b, a))).toBe(0);
    });
    test.prop([arb, arb, arb])(`${scheme}: transitive`, (a, b, c) => {
      const [x, y, z] = [a, b, c].sort((p, q) => compareVersions(scheme, p, q));
      expect(compareVersions(scheme, x!, z!)).toBeLessThanOrEqual(0);
      expect(compareVersions(scheme, x!, y!)).toBeLessThanOrEqual(0);
    });
    test.prop([arb])(`${scheme}: format(parse(x)) is canonical and stable`, (a) => {
      const once = formatVersion(scheme, a);
      expect(formatVersion(scheme, once)).toBe(once);
      expect(compareVersions(scheme, a, once)).toBe(0);
    });
  }
});
