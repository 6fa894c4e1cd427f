import { z } from 'zod';
import { Id, Sources } from './common.ts';

/** A repository as `registry/path` (`quay.io/ascend/cann`, `docker.io/library/ubuntu`): lower case, no tag. */
export const REPOSITORY_PATTERN = /^[a-z0-9.-]+\.[a-z]+(?::\d+)?(?:\/[a-z0-9._-]+)+$/;
/** A named part of a tag: a lower-case word, used as `{name}` in item templates. */
export const PART_NAME_PATTERN = /^[a-z][a-z0-9_]*$/;

/** One part of a tag: literal text, or a named group with its pattern. */
export const TagPartSchema = z.union([
  z.string().min(1).max(100),
  z.strictObject({
    name: z.string().regex(PART_NAME_PATTERN, { error: 'expected a lower-case word such as "cann" or "chip"' }),
    /** A regular expression (no anchors, no named groups), matched case-insensitively. */
    pattern: z.string().min(1).max(300),
    /** What the part holds, for messages: `a CANN version such as 8.1.rc1`. */
    expected: z.string().min(1).max(200),
    /** Values mapped to stack text (`a3: ascend-910c`), compared case-insensitively; other values are used as printed. */
    values: z.record(z.string().min(1).max(64), z.string().min(1).max(100)).optional(),
    /** Stack text when the part matched nothing (a pattern such as `-a3|-310p|` whose last choice is empty). */
    default: z.string().min(1).max(100).optional(),
  }),
]);

/** One shape of tag: its parts in order, the stack items it names, and examples the linter checks. */
export const ImageTagSchema = z.strictObject({
  parts: z.array(TagPartSchema).min(1).max(20),
  /** Stack items with `{part}` placeholders: `cann@{cann}`, `{chip}`, `python@{python}`. An item that comes out empty (an optional part that matched nothing) is left out. */
  items: z.array(z.string().min(1).max(200)).min(1).max(20),
  /** Real tags of this shape and the items they must give. */
  examples: z.array(z.strictObject({ tag: z.string().min(1).max(128), items: z.array(z.string().min(1).max(200)).min(1) })).min(1),
  sources: Sources,
  note: z.string().max(2000).optional(),
});

/** How the tags of an official image repository map to stack items. */
export const ImageSchema = z.strictObject({
  id: Id,
  name: z.string().min(1).max(200),
  repositories: z.array(z.string().regex(REPOSITORY_PATTERN, { error: 'expected a repository such as "quay.io/ascend/cann" (registry host first, lower case, no tag)' })).min(1),
  tags: z.array(ImageTagSchema).min(1),
  sources: Sources,
  notes: z.string().max(2000).optional(),
});
export type Image = z.infer<typeof ImageSchema>;
export type ImageTag = z.infer<typeof ImageTagSchema>;
export type TagPart = z.infer<typeof TagPartSchema>;
