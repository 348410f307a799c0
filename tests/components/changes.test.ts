import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ReviewNotice from '../../src/components/ReviewNotice.astro';
import ChangeList from '../../src/components/ChangeList.astro';
import type { SiteChange } from '../../src/lib/site-changes';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('ReviewNotice', () => {
  it('tells readers a page is past its review date, with the date and a link to its sources', async () => {
    const html = await container.renderToString(ReviewNotice, {
      props: { nextReview: new Date('2021-01-01'), sourcesId: 'sources' },
    });
    expect(html).toContain('<strong>Due for review.</strong>');
    expect(html).toContain('<time datetime="2021-01-01">1 January 2021</time>');
    expect(html).toContain('<a href="#sources">the sources</a>');
  });

  it('counts from the day it is given, and says nothing on or before the review date', async () => {
    const props = { nextReview: new Date('2027-05-23') };
    expect(await container.renderToString(ReviewNotice, { props: { ...props, today: new Date('2027-05-23') } })).not.toContain('Due for review');
    expect(await container.renderToString(ReviewNotice, { props: { ...props, today: new Date('2027-05-24') } })).toContain('Due for review');
  });

  it('names the sources without a link when the page has none listed', async () => {
    const html = await container.renderToString(ReviewNotice, { props: { nextReview: new Date('2021-01-01') } });
    expect(html).toContain('check them against the sources before relying on them');
    expect(html).not.toContain('href="#sources"');
  });
});

describe('ChangeList', () => {
  const changes: SiteChange[] = [
    { id: 'change-splw-funding-1', date: new Date('2026-12-01'), title: 'Funding', summary: 'A row for 2026/27.', href: '/roles/splw/funding/', kind: 'change' },
    { id: 'new-splw-pay', date: new Date('2026-11-23'), title: 'Pay', summary: 'What link workers earn.', href: '/roles/splw/pay/', kind: 'new-page' },
  ];

  it('shows each change’s date, kind, page link and summary', async () => {
    const html = await container.renderToString(ChangeList, { props: { changes } });
    expect(html).toContain('<time datetime="2026-12-01">1 December 2026</time>: changed');
    expect(html).toContain('<time datetime="2026-11-23">23 November 2026</time>: new page');
    expect(html).toContain('<a href="/roles/splw/funding/">Funding</a>');
    expect(html).toContain('A row for 2026/27.');
    expect(html).not.toContain('id="change-splw-funding-1"');
  });

  it('gives each entry its anchor on the What’s new page', async () => {
    const html = await container.renderToString(ChangeList, { props: { changes, anchors: true } });
    expect(html).toContain('id="change-splw-funding-1"');
    expect(html).toContain('id="new-splw-pay"');
  });
});
