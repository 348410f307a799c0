import { describe, expect, it } from 'vitest';
import { linkAnswer } from '../../../scripts/link-answers';

describe('linkAnswer', () => {
  it('takes an answer below 400 as a working link', () => {
    for (const status of [200, 204, 301, 302, 399]) expect(linkAnswer(status), String(status)).toBe('ok');
  });

  it('takes a server turning the checker away as a refusal, to open by hand, not a broken link', () => {
    for (const status of [401, 403, 429]) expect(linkAnswer(status), String(status)).toBe('refused');
  });

  it('takes any other error as a broken link', () => {
    for (const status of [400, 404, 405, 410, 451, 500, 502, 503]) expect(linkAnswer(status), String(status)).toBe('broken');
  });
});
