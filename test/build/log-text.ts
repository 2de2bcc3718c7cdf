/** Text that must never reach an author in a build log. */

/**
 * English messages from zod or from Astro's error map for content schemas
 * (astro/dist/core/errors/zod-error-map.js); authors get Dutch ones
 * (src/schemas/dutch-errors.ts).
 */
export const ENGLISH_SCHEMA_TEXT = /Expected type|Expected `|Did not match union|Unrecognized keys?:|Invalid input|Too (?:small|big):|Required\b/;

/** Rolldown's warning about the directive Astro puts in rendered MDX entries (filtered in astro.config.mjs). */
export const MODULE_LEVEL_DIRECTIVE = 'MODULE_LEVEL_DIRECTIVE';
