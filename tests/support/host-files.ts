// Read the hosts' files the build writes back into headers, to check what each host will send.

/** Reads a `_headers` file back into its path blocks, for checking what a host will send. */
export function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const blocks = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      blocks.set(line.trim(), current);
    } else if (current) {
      const at = line.indexOf(':');
      if (at === -1) throw new Error(`Not a header line in _headers: "${line.trim()}"`);
      current[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    } else {
      throw new Error(`A header comes before any path in _headers: "${line.trim()}"`);
    }
  }
  return blocks;
}

/** The headers an nginx snippet sends (`add_header Name "value" always;`), for checking. */
export function nginxHeaders(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;$/gm)].map((m) => [m[1]!, m[2]!]));
}

/** The headers in a Caddyfile's first `header @bnnsg_hub { }` block, for checking. */
export function caddyHeaders(text: string): Record<string, string> {
  const block = /^header @bnnsg_hub \{\n([\s\S]*?)\n\}/m.exec(text)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/^\s*(\S+)\s+"([^"]*)"$/gm)].map((m) => [m[1]!, m[2]!]));
}
