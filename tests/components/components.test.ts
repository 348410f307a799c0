import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ReviewDates from '../../src/components/ReviewDates.astro';
import SourceList from '../../src/components/SourceList.astro';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import StatusNotice from '../../src/components/StatusNotice.astro';
import Pagination from '../../src/components/Pagination.astro';
import PageContents from '../../src/components/PageContents.astro';
import Checklist from '../../src/components/mdx/Checklist.astro';
import ChecklistGroup from '../../src/components/ChecklistGroup.astro';
import Cite from '../../src/components/mdx/Cite.astro';
import ContractNotice from '../../src/components/ContractNotice.astro';
import { contractYearSchema } from '../../src/schemas/contract-year';
import { guidanceSchema } from '../../src/schemas/guidance';
import type { SourceData } from '../../src/schemas/source';
import { checklist, contract, contractYear, supervisionSource, validPage } from '../unit/fixtures';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const des: SourceData = {
  id: 'des-2021-22',
  title: 'Network Contract Directed Enhanced Service: contract specification 2021/22',
  publisher: 'NHS England and NHS Improvement',
  address: null,
  verification: 'unconfirmed',
  note: 'No published copy found.',
};
const supervision: SourceData = supervisionSource;
const sources = new Map([
  [des.id, des],
  [supervision.id, supervision],
]);
const arrsPage = guidanceSchema.parse(validPage({ topic: 'arrs-requirements', contract, checklist, sources: ['des-2021-22'] }));

describe('ReviewDates', () => {
  it('shows both dates in words with machine-readable values', async () => {
    const html = await container.renderToString(ReviewDates, {
      props: { lastReviewed: new Date('2026-11-23'), nextReview: new Date('2099-05-23') },
    });
    expect(html).toContain('Page last reviewed: <time datetime="2026-11-23">23 November 2026</time>');
    expect(html).toContain('<time datetime="2099-05-23">23 May 2099</time>');
    expect(html).not.toContain('Review overdue');
  });

  it('warns when the review date has passed', async () => {
    const html = await container.renderToString(ReviewDates, {
      props: { lastReviewed: new Date('2020-01-01'), nextReview: new Date('2021-01-01') },
    });
    expect(html).toContain('Review overdue');
  });
});

describe('SourceList', () => {
  it('links sources that have an address and marks those that are unconfirmed', async () => {
    const html = await container.renderToString(SourceList, {
      props: { sources: [{ id: des.id, data: des }, { id: supervision.id, data: supervision }] },
    });
    expect(html).toContain(`<li id="source-des-2021-22"><span>${des.title}</span>`);
    expect(html).toContain('To be confirmed');
    expect(html).toContain(`<a href="${supervision.address}">${supervision.title}</a>`);
  });
});

describe('Breadcrumbs', () => {
  it('lists the trail and offers a back link to the parent', async () => {
    const html = await container.renderToString(Breadcrumbs, {
      props: { trail: [{ text: 'Home', href: '/' }, { text: 'Roles', href: '/roles/' }] },
    });
    expect(html).toMatch(/<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb">/);
    expect(html.match(/nhsuk-breadcrumb__link/g)).toHaveLength(2);
    expect(html).toMatch(/class="nhsuk-back-link" href="\/roles\/"/);
  });
});

describe('StatusNotice', () => {
  it('speaks only for pages in development', async () => {
    await expect(container.renderToString(StatusNotice, { props: { status: 'published' } })).resolves.not.toContain('In development');
    await expect(container.renderToString(StatusNotice, { props: { status: 'in-development' } })).resolves.toContain('In development');
  });
});

describe('Pagination', () => {
  it('draws nothing without neighbours, and labelled links with them', async () => {
    expect((await container.renderToString(Pagination, { props: {} })).trim()).toBe('');
    const html = await container.renderToString(Pagination, { props: { next: { text: 'Funding', href: '/f/' } } });
    expect(html).toContain('rel="next"');
    expect(html).not.toContain('rel="prev"');
    expect(html).toContain('Funding');
  });
});

describe('PageContents', () => {
  it('lists the headings it is given as anchor links', async () => {
    const html = await container.renderToString(PageContents, {
      props: { headings: [{ depth: 2, slug: 'who-pays', text: 'Who pays' }] },
    });
    expect(html).toContain('<a class="nhsuk-contents-list__link" href="#who-pays">Who pays</a>');
  });
});

describe('ChecklistGroup on a tool page', () => {
  const group = checklist[0]!;
  const draw = (tool: 'coverage' | 'sign-off' | 'self-check') => container.renderToString(ChecklistGroup, { props: { group, level: 2, tool } });

  it('draws every control in the page as built, each id made from the item’s id', async () => {
    const coverage = await draw('coverage');
    expect(coverage).toContain(`<h2 id="${group.id}">`);
    expect(coverage).toMatch(/<input class="nhsuk-checkboxes__input" type="checkbox" id="coverage-take-referrals"/);
    expect(coverage).toMatch(/<label[^>]*for="coverage-take-referrals"[^>]*data-item-text/);
    expect(coverage).toContain('id="coverage-take-referrals-note"');
    expect(await draw('sign-off')).toMatch(/type="date" id="sign-off-take-referrals-done" aria-describedby="sign-off-take-referrals-text"/);
    const selfCheck = await draw('self-check');
    expect(selfCheck.match(/type="radio" name="self-check-take-referrals"/g)).toHaveLength(3);
    expect(selfCheck).not.toContain('<textarea');
  });
});

describe('components inside an MDX body', () => {
  const locals = { page: { data: arrsPage, sources } };

  it('Checklist draws each group as a heading and a list of items with their ids', async () => {
    const html = await container.renderToString(Checklist, { locals });
    expect(html).toContain('<h3 id="key-responsibilities">Key responsibilities</h3>');
    expect(html.match(/<li data-item="/g)).toHaveLength(2);
    expect(html).toContain('data-item="take-referrals"');
  });

  it('Checklist leads to the interactive tool after the last group, on a tool topic only', async () => {
    const html = await container.renderToString(Checklist, { locals });
    expect(html).toContain('href="/roles/social-prescribing-link-worker/arrs-requirements/checklist/"');
    expect(html).toContain('Check a post or job description against this list');
    const plain = guidanceSchema.parse(validPage({ topic: 'benefits' }));
    const other = await container.renderToString(Checklist, {
      locals: { page: { data: { ...plain, topic: 'benefits', checklist } as never, sources } },
    });
    expect(other).not.toContain('/checklist/');
  });

  it('Checklist names a group that does not exist', async () => {
    await expect(container.renderToString(Checklist, { locals, props: { group: 'nope' } })).rejects.toThrow(
      '<Checklist group="nope" />: no such group in the page\'s checklist',
    );
  });

  it('Cite links to the source in the page’s list, and refuses unknown ids', async () => {
    const html = await container.renderToString(Cite, { locals, props: { source: 'nhse-supervision' } });
    expect(html).toContain(`<a href="#source-nhse-supervision">${supervision.title}</a>`);
    await expect(container.renderToString(Cite, { locals, props: { source: 'nope' } })).rejects.toThrow('no such source');
  });

  it('ContractNotice says when rules were checked against an older year than the current one', async () => {
    const html = await container.renderToString(ContractNotice, {
      props: { contract: contractYearSchema.parse(contractYear()), clause: 'Annex B, B3.3', current: '2026/27' },
    });
    expect(html).toContain('data-contract-notice="behind"');
    expect(html).toContain('Checked against the 2021/22 contract.');
    expect(html).toContain('Annex B, B3.3');
    expect(html).toContain('They have not yet been checked against the current contract year, 2026/27.');
    expect(html).toContain('href="/contract-years/"');
  });

  it('ContractNotice says so when rules were checked against the current year', async () => {
    const html = await container.renderToString(ContractNotice, {
      props: { contract: contractYearSchema.parse(contractYear({ year: '2026/27' })), clause: 'Annex B', current: '2026/27' },
    });
    expect(html).toContain('data-contract-notice="current"');
    expect(html).toContain('the current contract year');
    expect(html).not.toContain('not yet been checked');
  });

  it('refuse to draw outside a guidance page, saying why', async () => {
    await expect(container.renderToString(Checklist)).rejects.toThrow("can only be used in a guidance page's MDX body");
  });
});
