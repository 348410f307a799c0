import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtFile, builtPages } from '../support/pages';

// Pins the corrections from the fact check of November 2026 (../shared/facts.md), so an edit
// cannot quietly bring an old error back. Reads the built HTML: no browser needed.
const ROLE = '/roles/social-prescribing-link-worker';
/** The sources page and its group pages (checked, reported, to be confirmed). */
const sourcesPages = () => builtPages().filter((p) => p.startsWith('/sources/'));
const html = (path: string) => readFileSync(builtFile(path), 'utf8');
/** The text of <main>, tags dropped, with what screen readers hear included. */
const text = (path: string) =>
  (/<main[\s\S]*<\/main>/.exec(html(path))?.[0] ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;|&rsquo;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('the fact check’s corrections stay made', () => {
  it('gives the induction template’s own items: opening hours, sickness and absence, adverse events', () => {
    const page = text(`${ROLE}/induction/`);
    expect(page).toContain('opening hours and extended access arrangements');
    expect(page).toContain('sickness and absence');
    expect(page).toContain('reporting adverse events');
    expect(page).not.toMatch(/working hours/i);
  });

  it('quotes HEE’s NVQ wording as HEE’s, says NVQs are now RQF diplomas, and marks the other view unsourced', () => {
    expect(html(`${ROLE}/skills-and-training/`)).toContain('<q>will require NVQ Level 3, advanced level or equivalent or working towards</q>');
    const page = text(`${ROLE}/skills-and-training/`);
    expect(page).toContain('Regulated Qualifications Framework (RQF)');
    expect(page).toMatch(/could not find a published source for the view that no formal qualification is needed/);
  });

  it('reports the NALW survey as it was worded, with the 221 in England', () => {
    const page = text(`${ROLE}/supervision/`);
    expect(page).toContain('279 answered, 221 of them working in England');
    expect(page).toContain('lack of clinical supervision, support, or both');
  });

  it('keeps HEE’s qualifier on the caseload', () => {
    expect(text(`${ROLE}/about-the-role/`)).toMatch(/200 to 250 people a year, depending on how complex people['’]s needs are/);
  });

  it('calls the 19% a GP estimate and names the “1 in 5” speaker', () => {
    const page = text(`${ROLE}/benefits/`);
    expect(page).toMatch(/GPs in England estimated .* 19%/);
    expect(page).toContain('James Sanderson');
  });

  it('lists hospital discharge teams, police and housing associations as referrers, not as services', () => {
    expect(text(`${ROLE}/benefits/`)).toMatch(/agencies that can send people to a link worker/);
    expect(text(`${ROLE}/benefits/`)).not.toMatch(/connect people with[^.]*hospital discharge/i);
  });

  it('dates the first Link Worker Day', () => {
    expect(text(`${ROLE}/case-studies/`)).toContain('first national Link Worker Day, 8 July 2019');
  });

  it('points to the job description and recruitment pack on FutureNHS', () => {
    expect(text(`${ROLE}/job-description/`)).toMatch(/FutureNHS platform/);
  });

  it('gives no address for the quick reference summary, which was never seen at one', () => {
    for (const path of sourcesPages()) expect(html(path), path).not.toContain('additional-roles-a-quick-reference-summary');
  });

  it('shows when re-read sources were last seen', () => {
    expect(text('/sources/checked/')).toContain('Last seen: 1 December 2026');
  });

  it('marks the learning platform address to be confirmed', () => {
    expect(text(`${ROLE}/ongoing-support/`)).toMatch(/england\.socialprescribing@nhs\.net[\s\S]*This address is to be confirmed/);
  });

  it('never says supervision is something a manager must provide', () => {
    for (const path of builtPages()) expect(text(path), path).not.toMatch(/must provide/i);
  });

  const NARRATION = /This page (explains|lists)|This hub['’]s earlier/;

  it('starts with the answer rather than narrating the page or its history', () => {
    for (const path of builtPages()) expect(text(path), path).not.toMatch(NARRATION);
  });

  it('leaves proper names whole: no “NHS (National Health Service) England”', () => {
    for (const path of builtPages()) expect(text(path), path).not.toMatch(/NHS \(National Health Service\) (England|Careers|Improvement)/);
  });
});

describe('the December 2026 check against the 2026/27 documents stays made', () => {
  it('gives the 2026/27 contract year NHS England’s letter and its supplementary information, with their addresses', () => {
    const page = html('/contract-years/');
    expect(page).toContain('href="https://www.england.nhs.uk/long-read/changes-to-the-gp-contract-in-2026-27"');
    expect(page).not.toMatch(/We have seen only reports of NHS England(&#39;|')s contract letter/);
    const reported = html('/sources/checked/');
    expect(reported).toContain('https://www.england.nhs.uk/long-read/changes-to-the-gp-contract-in-2026-27');
    expect(reported).toContain('https://www.england.nhs.uk/long-read/supplementary-information-to-support-changes-to-the-2026-27-gp-contract/');
    expect(text('/contract-years/')).toMatch(/reissued as a new version from 1 May 2026/);
  });

  it('says on each rule page what the 2026/27 documents say, or that they do not mention the rule', () => {
    for (const topic of ['funding', 'arrs-requirements', 'employing-and-claiming']) {
      const page = text(`${ROLE}/${topic}/`);
      expect(page, topic).toContain('What the 2026/27 documents say');
      expect(page, topic).toMatch(/(parts we could read|documents we could read) do not mention/);
    }
  });

  it('gives band 5’s 2025/26 range and the 3.3% award for 2026/27, each with its source, and no computed 2026/27 figure', () => {
    const page = text(`${ROLE}/pay-and-employment/`);
    expect(page).toContain('£31,049 at the entry point to £37,796 at the top');
    expect(page).toMatch(/A pay award of 3\.3% for staff on AfC terms in England, from 1 April 2026/);
    expect(page).toContain('12 February 2026');
    expect(page).toContain('We have not seen the new band 5 figures');
  });

  it('publishes the case studies, each example from a blog we read, and says what is still missing', () => {
    const page = text(`${ROLE}/case-studies/`);
    expect(page).not.toContain('In development.');
    expect(page).toContain('Building Better Opportunities');
    expect(page).toContain('Talking Café');
    expect(page).toContain('What is still missing');
  });

  it('publishes the job description, mapped to the ARRS responsibilities, naming the reference guide’s annex on recruiting', () => {
    const page = text(`${ROLE}/job-description/`);
    expect(page).not.toContain('In development.');
    expect(page).toContain('How the duties match the ARRS responsibilities and skills');
    expect(page).toMatch(/recruiting link workers \(annex C\)/);
  });

  it('keeps the NHS Careers qualities under their own names', () => {
    const page = text(`${ROLE}/skills-and-training/`);
    for (const name of ['Emotional resilience:', 'Open-mindedness:', 'IT and record-keeping skills:']) expect(page).toContain(name);
  });

  it('separates each glossary term from its meaning, for search excerpts', () => {
    expect(text('/glossary/')).toMatch(/NALW\s*:\s*National Association of Link Workers/);
  });
});
