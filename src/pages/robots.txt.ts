import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/robots';
import { urls } from '../lib/urls';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site, urls.base), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
