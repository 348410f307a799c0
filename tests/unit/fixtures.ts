/** A valid guidance page's frontmatter, for tests to break one field at a time. */
export function validPage(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Supervising a link worker',
    summary: 'Who supervises a social prescribing link worker, and how often.',
    role: 'social-prescribing-link-worker',
    topic: 'supervision',
    audiences: ['manager', 'trainer'],
    order: 7,
    status: 'published',
    lastReviewed: new Date('2026-11-23'),
    nextReview: new Date('2027-05-23'),
    published: new Date('2026-11-23'),
    changes: [],
    sources: ['nhse-supervision'],
    ...overrides,
  };
}

/** A page's reference to the contract year its rules were checked against. */
export const contract = {
  year: '2021/22',
  clause: 'Annex B, B3.3',
};

/** A contract year, as a file in content/contracts/ holds it. */
export function contractYear(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    year: '2021/22',
    title: 'Network Contract Directed Enhanced Service – Contract Specification 2021/22',
    publisher: 'NHS England and NHS Improvement',
    published: '20 December 2021',
    address: 'https://www.england.nhs.uk/publication/network-contract-des-specification-2021-22/',
    status: 'verified',
    changes: [{ text: 'PCNs could claim inner and outer London weighting.', source: 'des-2021-22' }],
    ...overrides,
  };
}

export const checklist = [
  {
    id: 'key-responsibilities',
    heading: 'Key responsibilities',
    items: [
      { id: 'take-referrals', text: 'Take referrals from practices and other agencies.' },
      { id: 'assess-needs', text: 'Assess what community support can meet a patient’s needs.' },
    ],
  },
];

/** A verified source, as content/sources.yaml holds it. */
export const supervisionSource = {
  id: 'nhse-supervision',
  title: 'Supervision guidance for primary care network multidisciplinary teams',
  publisher: 'NHS England',
  date: '16 May 2023',
  address: 'https://www.england.nhs.uk/long-read/supervision-guidance-for-primary-care-network-multidisciplinary-teams/',
  verification: 'verified' as const,
};
