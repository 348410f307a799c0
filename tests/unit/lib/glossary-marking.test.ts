import { describe, expect, it } from 'vitest';
import { markFirstUses, type Term } from '../../../src/lib/glossary-marking';

const terms: Term[] = [
  { id: 'nhs', abbreviation: 'NHS', expansion: 'National Health Service' },
  { id: 'nhsei', abbreviation: 'NHSE/I', expansion: 'NHS England and NHS Improvement' },
  { id: 'pcn', abbreviation: 'PCN', expansion: 'primary care network' },
];
const ids = (parts: ReturnType<typeof markFirstUses>) => parts.flatMap((p) => (typeof p === 'string' ? [] : [p.term.id]));

describe('markFirstUses', () => {
  it('marks the first use of each term and leaves later ones as text', () => {
    const seen = new Set<string>();
    const parts = markFirstUses('The PCN and NHS work together; the PCN pays.', terms, seen);
    expect(parts).toEqual([
      'The ',
      { term: terms[2], text: 'PCN', explained: false },
      ' and ',
      { term: terms[0], text: 'NHS', explained: false },
      ' work together; the PCN pays.',
    ]);
    expect(markFirstUses('Another PCN.', terms, seen)).toEqual(['Another PCN.']);
  });

  it('prefers the longest abbreviation and matches whole words only', () => {
    expect(ids(markFirstUses('NHSE/I wrote it.', terms, new Set()))).toEqual(['nhsei']);
    expect(ids(markFirstUses('PCNs and NHSmail and APCN', terms, new Set()))).toEqual([]);
  });

  it('notices when the words before already spell the abbreviation out', () => {
    const [, part] = markFirstUses('a primary care network (PCN) is', terms, new Set());
    expect(part).toEqual({ term: terms[2], text: 'PCN', explained: true });
  });

  it('leaves text without terms, and works with no glossary at all', () => {
    expect(markFirstUses('Nothing here.', terms, new Set())).toEqual(['Nothing here.']);
    expect(markFirstUses('PCN', [], new Set())).toEqual(['PCN']);
  });

  it('leaves proper names alone, and explains the next use that stands on its own', () => {
    const seen = new Set<string>();
    expect(markFirstUses('NHS England and NHS Careers wrote it.', terms, seen)).toEqual(['NHS England and NHS Careers wrote it.']);
    expect(seen.has('nhs')).toBe(false);
    expect(ids(markFirstUses('Paid by the NHS.', terms, seen))).toEqual(['nhs']);
  });

  it('still explains an abbreviation followed by another abbreviation or a lower-case word', () => {
    expect(ids(markFirstUses('The PCN IT lead', terms, new Set()))).toEqual(['pcn']);
    expect(ids(markFirstUses('the NHS pays', terms, new Set()))).toEqual(['nhs']);
  });
});
