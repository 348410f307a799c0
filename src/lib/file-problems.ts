/**
 * A mistake found in one content file, at the line (and column) where it is. Messages start
 * with `file:line:column`, the form editors' tools turn into a link to the place.
 */
export interface FileProblem {
  /** Path from the project root, e.g. `content/sources.yaml`. */
  file: string;
  /** 1-based line, when the problem has one. */
  line?: number | undefined;
  /** 1-based column, when known. */
  column?: number | undefined;
  message: string;
}

export function where({ file, line, column }: Omit<FileProblem, 'message'>): string {
  if (line === undefined) return file;
  return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
}

export function formatFileProblems(problems: readonly FileProblem[]): string {
  return problems.map((p) => `${where(p)}: ${p.message}`).join('\n');
}

/** Thrown by the content loaders: the build stops, and the message lists every problem found. */
export class ContentFileError extends Error {
  /** Read by Astro's error printer: it points at the content file, not at this code. */
  readonly loc: { file: string; line?: number; column?: number } | undefined;

  readonly problems: readonly FileProblem[];

  constructor(problems: readonly FileProblem[]) {
    super(formatFileProblems(problems));
    this.problems = problems;
    this.name = 'ContentFileError';
    const [first] = problems;
    this.loc = first && { file: first.file, line: first.line ?? 1, column: first.column ?? 1 };
    // The mistake is in the content, not the code: a stack trace would send the editor to src/.
    this.stack = '';
  }
}

/** A few lines of the file with the problem's line marked, as compilers show them. */
export function codeFrame(text: string, line: number, column?: number): string {
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${lines[n - 1] ?? ''}`);
  }
  if (column !== undefined) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
  return out.join('\n');
}
