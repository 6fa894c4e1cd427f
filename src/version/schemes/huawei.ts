import type { Version, VersionScheme } from '../scheme.ts';
import { nextPrefix } from '../scheme.ts';

/*
 * Huawei Ascend versions (CANN, Ascend HDK): MAJOR.MINOR.RCn or MAJOR.MINOR.PATCH, then optional
 * parts: a sub-patch number (`6.3.RC3.1`), a community pre-release (`.alpha003`, `.beta1`, a bare
 * `.alpha` / `.beta` as on old Atlas 200 DK drivers such as `1.0.13.alpha`, or `-beta.2` in the newer
 * style) and a build (`.b060`).
 * Order: 8.0.RC1 < 8.0.RC3 < 8.0.0 < 8.0.1 < 8.1.RC1; a pre-release sorts before the version it
 * precedes (8.5.0.alpha002 < 8.5.0, 9.0.0-beta.2 < 9.0.0, 1.0.13.alpha < 1.0.13); alpha < beta; a bare
 * pre-release sorts before the numbered ones of its kind (1.0.13.alpha < 1.0.13.alpha001 <
 * 1.0.13.beta); a build sorts after the plain version (23.0.RC2 < 23.0.RC2.b060). `8.0` names the
 * series of every 8.0.* release.
 */
const PATTERN =
  /^v?(\d+)\.(\d+)(?:\.(?:(rc)(\d+)|(\d+)))?((?:\.\d+)?)(?:(?:\.(alpha|beta)(\d*))|(?:-(alpha|beta|rc)\.(\d+)))?(?:\.b(\d+))?$/;

const PRE = { alpha: -2, beta: -1, rc: -0.5 } as const;

function make(name: string, description: string, examples: string[]): VersionScheme {
  return {
    name,
    description,
    lineDepth: 2,
    examples,
    parse(input) {
      const m = PATTERN.exec(input.trim().toLowerCase());
      if (!m) return undefined;
      const [, major, minor, rc, rcNum, patch, sub, dotPre, dotPreNum, dashPre, dashPreNum, build] = m;
      const maj = Number(major);
      const min = Number(minor);
      if (rc === undefined && patch === undefined) {
        if (sub || dotPre || dashPre || build) return undefined;
        const prefix = [maj, min];
        return { scheme: name, text: `${maj}.${min}`, key: prefix, upper: nextPrefix(prefix) };
      }
      const subNum = sub ? Number(sub.slice(1)) : 0;
      let text = `${maj}.${min}.${rc ? `RC${Number(rcNum)}` : Number(patch)}${sub ? `.${subNum}` : ''}`;
      let pre: keyof typeof PRE | undefined;
      let preN = 0;
      if (dotPre) {
        pre = dotPre as 'alpha' | 'beta';
        if (dotPreNum === '') {
          // a bare `.alpha` / `.beta`: before every numbered pre-release of its kind
          preN = -1;
          text += `.${pre}`;
        } else {
          preN = Number(dotPreNum);
          text += `.${pre}${pre === 'alpha' ? dotPreNum!.padStart(3, '0') : String(preN)}`;
        }
      } else if (dashPre) {
        pre = dashPre as keyof typeof PRE;
        preN = Number(dashPreNum);
        text += `-${pre}.${preN}`;
      }
      if (build) text += `.b${build.padStart(3, '0')}`;
      const key = [
        maj,
        min,
        rc ? 0 : 1,
        rc ? Number(rcNum) : Number(patch),
        subNum,
        pre ? PRE[pre] : 0,
        preN,
        build ? Number(build) : -1,
      ];
      return { scheme: name, text, key, ...(pre ? { pre: true } : {}) } satisfies Version;
    },
  };
}

export const cann = make('cann', 'Huawei CANN versions (8.0.RC3, 8.0.0, 8.5.0.alpha003, 9.0.0-beta.2)', [
  '8.0.RC3',
  '8.0.0',
  '8.5.0.alpha003',
  '9.0.0-beta.2',
]);

export const hdk = make('hdk', 'Ascend HDK driver and firmware versions (24.1.RC3, 24.1.0, 23.0.RC2.b060, 1.0.13.alpha)', [
  '24.1.RC3',
  '24.1.0',
  '23.0.RC2.b060',
  '1.0.13.alpha',
]);
