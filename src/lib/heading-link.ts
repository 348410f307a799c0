import { h } from 'hastscript';
import type { Element } from 'hast';

/**
 * The "#" link that follows a heading, so trainers can share a section. The same for headings
 * written in MDX (src/integrations/markdown-plugins.ts) and for checklist groups
 * (src/components/ChecklistGroup.astro); each puts it beside its heading in a `div.hub-heading`.
 * The link is left out of the search index.
 */
export function headingLink(id: string, text: string): Element {
  return h('a.hub-heading-link', { href: `#${id}`, dataPagefindIgnore: '' }, [
    h('span', { ariaHidden: 'true' }, '#'),
    h('span.nhsuk-u-visually-hidden', `Link to this section: ${text}`),
  ]);
}
