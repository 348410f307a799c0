import { describe, expect, it } from 'vitest';
import { breadcrumbTrail, byOrder, neighbours, sectionLinks } from '../../../src/lib/navigation';

const role = 'social-prescribing-link-worker';
const pages = [
  { title: 'Funding', role, topic: 'funding', order: 3 },
  { title: 'About', role, topic: 'about-the-role', order: 1 },
  { title: 'Benefits', role, topic: 'benefits', order: 2 },
  { title: 'Other role page', role: 'pharmacist', topic: 'funding', order: 1 },
];

describe('navigation', () => {
  it('orders pages by their order field', () => {
    expect(byOrder(pages.slice(0, 3)).map((p) => p.order)).toEqual([1, 2, 3]);
  });

  it('finds previous and next within the same role only', () => {
    const { previous, next } = neighbours(pages, pages[2]!);
    expect(previous?.title).toBe('About');
    expect(next?.title).toBe('Funding');
    expect(neighbours(pages, pages[1]!)).toEqual({ next: pages[2] });
    expect(neighbours(pages, pages[0]!)).toEqual({ previous: pages[2] });
  });

  it('returns nothing for a page not in the list', () => {
    expect(neighbours(pages, { title: 'x', role, topic: 'induction', order: 9 })).toEqual({});
  });

  it('lists only the current role’s topics in the section navigation', () => {
    expect(sectionLinks(pages, role)).toEqual([
      { text: 'About', href: `/roles/${role}/about-the-role/` },
      { text: 'Benefits', href: `/roles/${role}/benefits/` },
      { text: 'Funding', href: `/roles/${role}/funding/` },
    ]);
  });

  it('keeps the section navigation the same size however many other roles there are', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ title: `P${i}`, role: `role-${i}`, topic: 'funding', order: 1 }));
    expect(sectionLinks([...pages, ...many], role)).toHaveLength(3);
  });

  it('builds the breadcrumb trail down to the role', () => {
    expect(breadcrumbTrail()).toEqual([{ text: 'Home', href: '/' }]);
    expect(breadcrumbTrail({ id: role, name: 'Social prescribing link worker' }).map((l) => l.href)).toEqual([
      '/',
      '/roles/',
      `/roles/${role}/`,
    ]);
  });
});
