import Cite from './Cite.astro';
import ToBeConfirmed from './ToBeConfirmed.astro';
import Checklist from './Checklist.astro';
import FundingTable from './FundingTable.astro';

/** The components an editor can use in a guidance page's MDX body without importing them. */
export const mdxComponents = { Cite, ToBeConfirmed, Checklist, FundingTable };
