/** Site-wide settings. The hub's name appears in the header, page titles and footer. */
export const SITE = {
  name: 'BNNSG Training Hub',
  /** Shown on the home page and as its meta description. */
  description:
    'Guidance for NHS primary care on the social prescribing link worker role: what it is, how it is funded, and how to supervise and induct link workers.',
  lang: 'en-GB',
} as const;
