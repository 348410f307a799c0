import { describe, expect, it } from 'vitest';
import { contentChunk } from '../../../src/lib/content-chunks';

describe('contentChunk', () => {
  it('puts a role’s guidance pages in one chunk', () => {
    expect(contentChunk('/site/content/guidance/social-prescribing-link-worker/funding.mdx')).toBe('guidance-social-prescribing-link-worker');
    expect(contentChunk('/site/content/guidance/social-prescribing-link-worker/induction.mdx')).toBe('guidance-social-prescribing-link-worker');
    expect(contentChunk('C:\\site\\content\\guidance\\bench-role-2\\funding.mdx')).toBe('guidance-bench-role-2');
  });

  it('keeps the styles modules Astro makes for each page in a chunk of their own', () => {
    expect(contentChunk('/site/content/guidance/bench-role-2/funding.mdx?astroPropagatedAssets')).toBe('guidance-bench-role-2-assets');
  });

  it('leaves every other module to the bundler', () => {
    expect(contentChunk('/site/content/pages/privacy.mdx')).toBeUndefined();
    expect(contentChunk('/site/src/components/mdx/Cite.astro')).toBeUndefined();
    expect(contentChunk('/site/content/guidance/bench-role-2/notes.yaml')).toBeUndefined();
    expect(contentChunk('/site/content/guidance/funding.mdx')).toBeUndefined();
  });
});
