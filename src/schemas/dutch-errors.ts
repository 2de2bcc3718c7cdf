/**
 * Zod's built-in messages in Dutch, for the few checks that have no message
 * of their own (missing fields, wrong types inside records). Imported for its
 * side effect by the content config and the checker.
 */
import { z } from 'zod';

z.config(z.locales.nl());
