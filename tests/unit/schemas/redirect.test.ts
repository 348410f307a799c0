import { describe, expect, it } from 'vitest';
import { redirectSchema } from '../../../src/schemas/redirect';
import { parseRedirects, readRedirects } from '../../../src/lib/redirects';

const good = { from: '/old-page/', to: '/roles/social-prescribing-link-worker/', note: 'Renamed in 2027.' };

function problems(input: unknown): string[] {
  const result = redirectSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('a redirect', () => {
  it('accepts a moved page and an old address with a query, 301 unless it says otherwise', () => {
    expect(redirectSchema.parse(good).status).toBe(301);
    expect(problems({ ...good, from: '/?p=1051' })).toEqual([]);
    expect(problems({ ...good, status: 302 })).toEqual([]);
  });

  it('names the field and what to write', () => {
    expect(problems({ ...good, from: 'old-page/' })).toEqual(['from: must start with / (an address on this site, from its root, without the host)']);
    expect(problems({ ...good, from: 'https://bnssgtraininghub.com/?p=1051' })).toContain(
      'from: must start with / (an address on this site, from its root, without the host)',
    );
    expect(problems({ ...good, from: '/old-page' })).toEqual(['from: must end with /, or have a ?query, e.g. /old-page/ or /?p=1051']);
    expect(problems({ ...good, from: '/a/#b/' })).toEqual(['from: must not have a #fragment: browsers never send it to the server']);
    expect(problems({ ...good, to: '/roles' })).toEqual(['to: must be a page address ending with /, e.g. /roles/social-prescribing-link-worker/']);
    expect(problems({ ...good, to: good.from, from: good.to })).toEqual([]);
    expect(problems({ ...good, to: good.from })).toEqual(['to: is the same as from: a redirect to itself never ends']);
    expect(problems({ ...good, status: 308 })).toEqual(['status: must be 301 (moved for good) or 302 (for now)']);
    expect(problems({ ...good, note: '' })).toEqual(['note: needs a few words on why it moved']);
    expect(problems({ ...good, form: '/x/' })[0]).toMatch(/^: Unrecognized key: "form"/);
  });
});

describe('the redirects file', () => {
  const file = 'content/redirects.yaml';

  it('reads content/redirects.yaml, which sends the hub’s earlier page to the role', () => {
    expect(readRedirects()).toContainEqual(expect.objectContaining({ from: '/?p=1051', to: '/roles/social-prescribing-link-worker/', status: 301 }));
  });

  it('stops with the file, line and field of each bad entry', () => {
    const yaml = `redirects:\n- from: /a/\n  to: /b/\n  note: fine\n- from: /c\n  to: /d/\n`;
    expect(() => parseRedirects(yaml, file)).toThrow(
      `${file}:5: /c → from: must end with /, or have a ?query, e.g. /old-page/ or /?p=1051\n${file}:5: /c → note:`,
    );
  });

  it('refuses the same old address twice, and a redirect to an address that is itself redirected', () => {
    const twice = `redirects:\n- {from: /a/, to: /b/, note: one}\n- {from: /a/, to: /c/, note: two}\n`;
    expect(() => parseRedirects(twice)).toThrow(`${file}:3: the from "/a/" is used twice, by the entries at lines 2 and 3.`);
    const chain = `redirects:\n- {from: /a/, to: /b/, note: one}\n- {from: /b/, to: /c/, note: two}\n`;
    expect(() => parseRedirects(chain)).toThrow(`${file}:2: /a/ → to: "/b/" is itself redirected (line 3): point straight to "/c/"`);
  });

  it('names the line of a YAML mistake, and accepts an empty file', () => {
    expect(() => parseRedirects('redirects:\n- from: /a/\n  to: [/b/\n')).toThrow(/^content\/redirects\.yaml:\d+:\d+: this is not valid YAML/);
    expect(() => parseRedirects('redirects:\n  from: /a/\n')).toThrow(`${file}:2: this should be a list of entries.`);
    expect(parseRedirects('# nothing yet\n')).toEqual([]);
    expect(parseRedirects('# nothing yet\nredirects:\n')).toEqual([]);
  });

  it('wants the list under "redirects:", as the web editor needs', () => {
    expect(() => parseRedirects('# Moved\n- {from: /a/, to: /b/, note: one}\n')).toThrow(
      `${file}:2: the list is not under "redirects:". The file starts with "redirects:" on a line of its own, and the entries follow it, each starting with "- ". Add the line "redirects:" above the first entry.`,
    );
    expect(() => parseRedirects('from: /a/\n')).toThrow(
      `${file}:1: the file has no "redirects:" line. The file starts with "redirects:" on a line of its own, and the entries follow it, each starting with "- ".\n` +
        `${file}:1: "from:" does not belong here: the file holds one list, under "redirects:". Is this line indented less than the entry it belongs to?`,
    );
  });
});
