import { z } from 'astro/zod';

/** A path on this site, from its root: starts with one /, no host, no #fragment. */
const sitePath = z
  .string()
  .trim()
  .regex(/^\/(?!\/)/, { error: 'must start with / (an address on this site, from its root, without the host)' })
  .refine((s) => !s.includes('#'), { error: 'must not have a #fragment: browsers never send it to the server' })
  .refine((s) => !/\s/.test(s), { error: 'must not contain spaces (write %20)' });

/**
 * One address that moved. File: content/redirects.yaml, a list of these. The build writes each
 * one for the hosts that can redirect (`_redirects` for Netlify and Cloudflare Pages, the nginx
 * and Caddy files), and as a page that sends readers on where a host cannot. Addresses are
 * written from the site's root: under a base path (`/splw/`) the build adds it to both.
 */
export const redirectSchema = z
  .object({
    /**
     * The old address, e.g. `/old-page/` or, for the hub's earlier WordPress page, `/?p=1051`.
     * An address with a `?query` can only be redirected by a host that reads queries (Netlify,
     * nginx, Caddy): no static page can stand at it.
     */
    from: sitePath.refine((s) => s.includes('?') || s.endsWith('/'), {
      error: 'must end with /, or have a ?query, e.g. /old-page/ or /?p=1051',
    }),
    /** Where the content now lives: a page of this site, e.g. `/roles/social-prescribing-link-worker/`. */
    to: sitePath.refine((s) => s.split('?')[0]!.endsWith('/'), {
      error: 'must be a page address ending with /, e.g. /roles/social-prescribing-link-worker/',
    }),
    /** 301 when it moved for good (the usual), 302 when only for now. */
    status: z.union([z.literal(301), z.literal(302)], { error: 'must be 301 (moved for good) or 302 (for now)' }).default(301),
    /** For editors: why it moved and when. Never shown to readers. */
    note: z.string().trim().min(3, { error: 'needs a few words on why it moved' }),
  })
  .strict()
  .refine((r) => r.from !== r.to, { path: ['to'], error: 'is the same as from: a redirect to itself never ends' });

export type Redirect = z.output<typeof redirectSchema>;
