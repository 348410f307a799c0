import { normaliseBase } from './urls';

/** Where the built site will be served: read from the environment by astro.config.mjs. */
export interface DeploySettings {
  /** The public origin, e.g. `https://hub.example.org`, or undefined when SITE_URL is not set. */
  site?: string;
  /** The path the site is served under, with a slash at each end: `/` or `/splw/`. */
  base: string;
}

/**
 * Reads SITE_URL (the public address: scheme and host only) and BASE_PATH (the path under it,
 * e.g. `/splw/`). Throws a message naming the setting when one cannot be used, so a deploy
 * never goes out with addresses that lead nowhere.
 */
export function readDeploySettings(env: Record<string, string | undefined>): DeploySettings {
  const base = readBase(env.BASE_PATH);
  const raw = env.SITE_URL?.trim();
  if (!raw) return { base };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL: "${raw}" is not an address. Write it like https://hub.example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: "${raw}" must start with https:// (or http:// for a local test)`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL: "${raw}" has a path. Give only the scheme and host (https://${url.host}) and the path in BASE_PATH (BASE_PATH=${normaliseBase(url.pathname)}).`,
    );
  }
  return { site: url.origin, base };
}

function readBase(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return '/';
  const base = normaliseBase(value);
  if (!/^\/([a-z0-9._~-]+\/)*$/i.test(base) || base.includes('/../') || base.includes('/./')) {
    throw new Error(
      `BASE_PATH: "${value}" is not a path the site can be served under. Use letters, digits, dots, dashes and slashes, like /splw/`,
    );
  }
  return base;
}
