import type { APIRoute } from 'astro';
import { json } from '../../../data/ocds.ts';
import { extensionReleaseSchema } from '../../../lib/ocds/extension.ts';

/** Our local OCDS extension: a JSON Merge Patch onto the OCDS 1.1.5 release schema. */
export const GET: APIRoute = () => json(extensionReleaseSchema);
