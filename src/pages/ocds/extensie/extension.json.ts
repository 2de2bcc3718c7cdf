import type { APIRoute } from 'astro';
import { json } from '../../../data/ocds.ts';
import { extensionMetadata } from '../../../lib/ocds/extension.ts';

/** Our local OCDS extension's metadata (the packages name this URL under `extensions`). */
export const GET: APIRoute = ({ site }) => json(extensionMetadata(site!.href));
