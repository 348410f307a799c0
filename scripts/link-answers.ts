/**
 * What an external address's HTTP status says about the link, for the link check
 * (tests/support/external-links.ts):
 * - `ok`: it answered (2xx, or 3xx not followed);
 * - `refused`: the server is there but turned the checker away (401, 403, 429). Many sites do
 *   that to scripts and paywalls do it to everyone, while a reader's browser gets the page: a
 *   person should open it, but it is no reason to fail the check;
 * - `broken`: any other error (404, 410, 500...): the document has moved or gone.
 */
export type LinkAnswer = 'ok' | 'refused' | 'broken';

const REFUSALS = new Set([401, 403, 429]);

export function linkAnswer(status: number): LinkAnswer {
  if (status < 400) return 'ok';
  return REFUSALS.has(status) ? 'refused' : 'broken';
}
