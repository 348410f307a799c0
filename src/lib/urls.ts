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
  /** What changed in each contract year, newest first; with a year, that year's entry. */
  contractYears: (year?: string) => (year ? `/contract-years/#contract-${year.replace('/', '-')}` : '/contract-years/'),
};
