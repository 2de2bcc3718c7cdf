import type { APIRoute } from 'astro';
import { siteContent } from '../data/content.ts';
import { changeLog } from '../lib/document/change-log.ts';
import { changeFeed } from '../lib/document/change-feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const { records, names, history } = await siteContent();
  return new Response(changeFeed(changeLog(records, names, history), site!.href), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
