import { aliases } from './aliases.ts';
import { contradictions } from './contradictions.ts';
import { controlCharacters } from './control-characters.ts';
import { fixtureAge } from './fixture-age.ts';
import { header } from './header.ts';
import { forms } from './forms.ts';
import { identity } from './identity.ts';
import { images } from './images.ts';
import { ranges } from './ranges.ts';
import { references } from './references.ts';
import { releaseDates } from './release-dates.ts';
import { releases } from './releases.ts';
import { claimRepeats, repeats } from './repeats.ts';
import { replaces } from './replaces.ts';
import { stale } from './stale.ts';
import type { LintCheck } from '../types.ts';

/** Every lint check, in the order they run. */
export const CHECKS: readonly LintCheck[] = [identity, replaces, references, aliases, releases, releaseDates, ranges, contradictions, repeats, claimRepeats, stale, fixtureAge, header, controlCharacters, images, forms];
