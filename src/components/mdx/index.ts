import Cite from './Cite.astro';
import ToBeConfirmed from './ToBeConfirmed.astro';
import Checklist from './Checklist.astro';
import FundingTable from './FundingTable.astro';
import type { MdxComponentName } from '../../lib/mdx-components';

/**
 * The components an editor can use in a guidance page's MDX body without importing them.
 * Their names are listed in src/lib/mdx-components.ts, which the build's page checks read.
 */
export const mdxComponents = { Cite, ToBeConfirmed, Checklist, FundingTable } satisfies Record<MdxComponentName, unknown>;
