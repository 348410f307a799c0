/** Every address the site links to internally is made here, so a route change is one edit. */
export const urls = {
  home: () => '/',
  roles: () => '/roles/',
  role: (role: string) => `/roles/${role}/`,
  topic: (role: string, topic: string) => `/roles/${role}/${topic}/`,
  /** The interactive checklist for a topic's list. */
  tool: (role: string, topic: string) => `/roles/${role}/${topic}/checklist/`,
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  glossary: (id?: string) => (id ? `/glossary/#${id}` : '/glossary/'),
  sources: (id?: string) => (id ? `/sources/#${id}` : '/sources/'),
  page: (id: string) => `/${id}/`,
  /** Every change to the site, newest first; `id` is one change's anchor. */
  whatsNew: (id?: string) => (id ? `/whats-new/#${id}` : '/whats-new/'),
  /** The RSS feed of the same changes. */
  feed: () => '/feed.xml',
};
