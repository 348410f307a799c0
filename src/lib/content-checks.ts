import type { GuidanceData } from '../schemas/guidance';
import type { ContractYearData } from '../schemas/contract-year';
import { yearSlug } from './contract-years';

/**
 * Checks that need more than one file: each schema sees one file at a time, so it cannot know
 * whether a cited source exists or whether two pages claim the same address.
 */

export interface Entry<T> {
  id: string;
  /** Path from the project root, as Astro's loaders report it. */
  filePath?: string | undefined;
  /** Raw MDX body, searched for inline citations. */
  body?: string | undefined;
  data: T;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export interface ContentToCheck {
  roles: readonly Entry<unknown>[];
  guidance: readonly Entry<GuidanceData>[];
  sources: readonly Entry<unknown>[];
  /** content/contracts/*.yaml. Left out only by tests that are not about contract years. */
  contracts?: readonly Entry<ContractYearData>[] | undefined;
}

const SOURCES_FILE = 'content/sources.yaml';
const CONTRACTS_DIR = 'content/contracts/';

/** Every place a guidance page names a source id, with the field it sits in. */
export function citedSources(page: Entry<GuidanceData>): { field: string; id: string }[] {
  const d = page.data;
  const cited = d.sources.map((id, i) => ({ field: `sources[${i}]`, id }));
  if ('fundingYears' in d) {
    d.fundingYears.forEach((row, i) => cited.push({ field: `fundingYears[${i}].source`, id: row.source }));
  }
  if ('checklist' in d) {
    d.checklist.forEach((group, g) =>
      group.items.forEach((item, i) => {
        if (item.source) cited.push({ field: `checklist[${g}].items[${i}].source`, id: item.source });
      }),
    );
  }
  return cited;
}

/** Ids cited in the MDX body with <Cite source="…" /> or <ToBeConfirmed source="…" />. */
export function bodyCitations(body: string | undefined): string[] {
  if (!body) return [];
  const found = body.matchAll(/<(?:Cite|ToBeConfirmed)\b[^>]*\bsource=["']([^"']+)["']/g);
  return [...new Set([...found].map((m) => m[1]!))];
}

export function checkContent({ roles, guidance, sources, contracts }: ContentToCheck): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const roleIds = new Set(roles.map((r) => r.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  const fileOf = (e: Entry<unknown>) => e.filePath ?? e.id;
  if (contracts) problems.push(...checkContracts(contracts, sourceIds, fileOf));
  const years = contracts && new Set(contracts.map((c) => c.data.year));
  const knownYear = (year: string) => !years || years.has(year);
  const yearProblem = (file: string, field: string, year: string): ContentProblem => ({
    file,
    field,
    message: `"${year}" is not a contract year in ${CONTRACTS_DIR}: add ${CONTRACTS_DIR}${yearSlug(year)}.yaml, or correct the year`,
  });
  const byAddress = new Map<string, Entry<GuidanceData>>();
  const byOrder = new Map<string, Entry<GuidanceData>>();

  for (const page of guidance) {
    const file = fileOf(page);
    const { role, topic, order, sources: listed } = page.data;

    if (!roleIds.has(role)) {
      problems.push({
        file,
        field: 'role',
        message: `"${role}" is not a role. Roles are the files in content/roles/: ${[...roleIds].join(', ') || 'none yet'}`,
      });
    }

    for (const { field, id } of citedSources(page)) {
      if (!sourceIds.has(id)) {
        problems.push({
          file,
          field,
          message: `"${id}" is not a source in ${SOURCES_FILE}. Add the source there, or correct the id`,
        });
      }
    }

    for (const id of bodyCitations(page.body)) {
      if (!sourceIds.has(id)) {
        problems.push({
          file,
          field: 'body',
          message: `cites "${id}", which is not a source in ${SOURCES_FILE}`,
        });
      } else if (!listed.includes(id)) {
        problems.push({
          file,
          field: 'sources',
          message: `does not list "${id}", which the text cites: add it so readers see it under Sources`,
        });
      }
    }

    if ('contract' in page.data && !knownYear(page.data.contract.year)) {
      problems.push(yearProblem(file, 'contract.year', page.data.contract.year));
    }
    if ('fundingYears' in page.data) {
      page.data.fundingYears.forEach((row, i) => {
        if (!knownYear(row.year)) problems.push(yearProblem(file, `fundingYears[${i}].year`, row.year));
      });
    }

    const address = `${role}/${topic}`;
    const sameAddress = byAddress.get(address);
    if (sameAddress) {
      problems.push({
        file,
        field: 'topic',
        message: `"${topic}" is already the topic of ${fileOf(sameAddress)} for role "${role}": two pages cannot share the address /roles/${address}/`,
      });
    } else byAddress.set(address, page);

    const place = `${role}#${order}`;
    const sameOrder = byOrder.get(place);
    if (sameOrder) {
      problems.push({
        file,
        field: 'order',
        message: `${order} is already used by ${fileOf(sameOrder)} for role "${role}": give each page of a role its own order`,
      });
    } else byOrder.set(place, page);

    if ('checklist' in page.data) {
      const seen = new Set<string>();
      page.data.checklist.forEach((group, g) => {
        for (const [i, id] of [group.id, ...group.items.map((it) => it.id)].entries()) {
          if (seen.has(id)) {
            problems.push({
              file,
              field: i === 0 ? `checklist[${g}].id` : `checklist[${g}].items[${i - 1}].id`,
              message: `"${id}" is used twice on this page: every group and item needs its own id`,
            });
          }
          seen.add(id);
        }
      });
    }
  }
  return problems;
}

/** Each contract year in the file named for it, its changes' sources known, and exactly one current. */
function checkContracts(
  contracts: readonly Entry<ContractYearData>[],
  sourceIds: ReadonlySet<string>,
  fileOf: (e: Entry<unknown>) => string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byYear = new Map<string, Entry<ContractYearData>>();
  for (const c of contracts) {
    const file = fileOf(c);
    const { year } = c.data;
    if (c.id !== yearSlug(year)) {
      problems.push({
        file,
        field: 'year',
        message: `"${year}" does not match the file name: the ${year} contract year belongs in ${CONTRACTS_DIR}${yearSlug(year)}.yaml`,
      });
    }
    const same = byYear.get(year);
    if (same) {
      problems.push({ file, field: 'year', message: `"${year}" is already the year of ${fileOf(same)}: give each contract year one file` });
    } else byYear.set(year, c);
    c.data.changes.forEach((change, i) => {
      if (!sourceIds.has(change.source)) {
        problems.push({
          file,
          field: `changes[${i}].source`,
          message: `"${change.source}" is not a source in ${SOURCES_FILE}. Add the source there, or correct the id`,
        });
      }
    });
  }
  const current = contracts.filter((c) => c.data.current);
  if (contracts.length > 0 && current.length === 0) {
    problems.push({
      file: CONTRACTS_DIR,
      field: 'current',
      message: 'no contract year has `current: true`: add it to the file of the year now in force',
    });
  }
  if (current.length > 1) {
    for (const c of current) {
      problems.push({
        file: fileOf(c),
        field: 'current',
        message: `is true in ${current.length} contract years (${current.map((x) => x.data.year).join(', ')}): keep it only on the year now in force`,
      });
    }
  }
  return problems;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}.`);
  return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; fix ${problems.length === 1 ? 'it' : 'them'} and build again:\n${lines.join('\n')}`;
}

/** Thrown to stop the build; its message lists every problem, not only the first. */
export class ContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

export function assertContent(content: ContentToCheck): void {
  const problems = checkContent(content);
  if (problems.length) throw new ContentError(problems);
}
