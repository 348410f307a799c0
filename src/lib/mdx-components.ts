/**
 * The components a guidance page's MDX body can use without importing them. Each has a
 * component in src/components/mdx/ (the map there must match this list: astro check says so).
 * The build stops at any other component name, naming the page and line.
 */
export const MDX_COMPONENTS = ['Cite', 'ToBeConfirmed', 'Checklist', 'FundingTable'] as const;
export type MdxComponentName = (typeof MDX_COMPONENTS)[number];
