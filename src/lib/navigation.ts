import { urls } from './urls';

/** The little of a guidance page that navigation needs. */
export interface NavPage {
  title: string;
  role: string;
  topic: string;
  order: number;
}

export interface NavLink {
  text: string;
  href: string;
}

export function byOrder<T extends { order: number }>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => a.order - b.order);
}

/** The pages before and after `current` in its role's topic order. */
export function neighbours<T extends NavPage>(
  pages: readonly T[],
  current: NavPage,
): { previous?: T; next?: T } {
  const siblings = byOrder(pages.filter((p) => p.role === current.role));
  const at = siblings.findIndex((p) => p.topic === current.topic);
  if (at === -1) return {};
  const previous = siblings[at - 1];
  const next = siblings[at + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/**
 * Links for the section navigation: only the current role's topics, so a page's size does
 * not grow with the number of roles on the site.
 */
export function sectionLinks(pages: readonly NavPage[], role: string): NavLink[] {
  return byOrder(pages.filter((p) => p.role === role)).map((p) => ({
    text: p.title,
    href: urls.topic(p.role, p.topic),
  }));
}

/** Breadcrumb trail for a page, from Home down to (not including) the page itself. */
export function breadcrumbTrail(role?: { id: string; name: string }): NavLink[] {
  const trail: NavLink[] = [{ text: 'Home', href: urls.home() }];
  if (role) {
    trail.push({ text: 'Roles', href: urls.roles() });
    trail.push({ text: role.name, href: urls.role(role.id) });
  }
  return trail;
}
