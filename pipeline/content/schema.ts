import { z } from 'zod';
import { LANGS } from '../../src/i18n/languages.ts';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../../src/content-api/paths.ts';
import { ARTICLE_KINDS } from '../../src/content-api/published.ts';

// Build-time only: this module (and zod) must never be imported by the browser bundle.

/** The longest headline, in characters: the schema and the wire-copy import both hold to it. */
export const MAX_HEADLINE = 300;

const text = z
  .string()
  .refine((value) => value.trim().length > 0, 'must not be empty')
  .refine((value) => value === value.trim(), 'must not start or end with spaces');

export const slugSchema = z
  .string()
  .max(MAX_SLUG_LENGTH)
  .regex(SLUG_PATTERN, 'must be lowercase letters, digits and single hyphens');

export const articleIdSchema = slugSchema;

const blockId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a short lowercase id such as "p1"');

const paragraphBlock = z.strictObject({
  type: z.literal('paragraph'),
  id: blockId,
  text,
});

const readAlsoBlock = z.strictObject({
  type: z.literal('readAlso'),
  id: blockId,
  target: articleIdSchema,
  text,
});

export const blockSchema = z.discriminatedUnion('type', [paragraphBlock, readAlsoBlock]);

export const versionSchema = z.strictObject({
  slug: slugSchema,
  headline: text.pipe(z.string().max(MAX_HEADLINE)),
  standfirst: text.optional(),
  dateline: text.optional(),
  credit: text,
  blocks: z.array(blockSchema).min(1),
});

/** A topic's id, as story files name it. */
export const topicIdSchema = slugSchema;

const perLanguage = <T extends z.ZodType>(value: T) => z.record(z.enum(LANGS), value);

/** One subject the edition covers, named and addressed in every language (content/topics.json). */
export const topicSchema = z.strictObject({
  id: topicIdSchema,
  names: perLanguage(text),
  slugs: perLanguage(slugSchema),
});

export const topicsSchema = z.array(topicSchema).min(1);

export const metaSchema = z.strictObject({
  id: articleIdSchema,
  originalLanguage: z.enum(LANGS),
  kind: z.enum(ARTICLE_KINDS),
  published: z.iso.date().optional(),
  /** One or more topics from content/topics.json. */
  topics: z.array(topicIdSchema).min(1),
  related: z.array(articleIdSchema).default([]),
});

export const editionSchema = z.strictObject({
  lead: articleIdSchema,
});

export type Block = z.infer<typeof blockSchema>;
export type Version = z.infer<typeof versionSchema>;
export type Meta = z.infer<typeof metaSchema>;
export type EditionConfig = z.infer<typeof editionSchema>;
export type Topic = z.infer<typeof topicSchema>;
