import { describe, expect, it } from 'vitest';
import { BLANK, describeProgress, outstandingHeading, recordLine } from '../../../src/lib/tool-text';

describe('the words of a checklist tool', () => {
  it('sums up progress in each tool’s own terms', () => {
    expect(describeProgress('coverage', 2, 10)).toBe('2 of 10 responsibilities are covered.');
    expect(describeProgress('sign-off', 0, 12)).toBe('0 of 12 induction items have a date done.');
    expect(describeProgress('self-check', 3, 8)).toBe('You feel confident about 3 of 8.');
    expect(outstandingHeading('coverage', 8)).toBe('Missing (8):');
    expect(outstandingHeading('sign-off', 1)).toBe('Still to do (1):');
    expect(outstandingHeading('self-check', 5)).toBe('To work on (5):');
  });

  it('dates the printed record, or leaves a blank to fill in by hand', () => {
    const record = 'Checked against the GP contract 2021/22, Annex B, B3.3.';
    expect(recordLine('coverage', record, { people: {} }, '1 December 2026')).toBe(`${record} Record made on 1 December 2026.`);
    expect(recordLine('coverage', record, { people: {} })).toBe(`${record} Record made on ${BLANK}.`);
  });

  it('names the people on an induction record when they are given', () => {
    expect(recordLine('sign-off', 'From “Induction”.', { people: { linkWorker: 'Sam', trainer: 'Alex' } }, '2 May 2026')).toBe(
      'Induction record for Sam, with Alex. From “Induction”. Printed on 2 May 2026.',
    );
    expect(recordLine('sign-off', 'From “Induction”.', { people: {} })).toBe(`Induction record. From “Induction”. Printed on ${BLANK}.`);
  });
});
