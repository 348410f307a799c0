import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';

/**
 * The Chromium that ships inside the npm package @sparticuz/chromium (an optional dependency):
 * a headless build for Linux x64 with its own NSS libraries and a font, so the browser tests
 * run on a machine that has only Node and npm. Nothing is downloaded: the package's files are
 * brotli-compressed in node_modules and are unpacked once (about 10 s, 210 MB) into
 * node_modules/.cache, next to the package they came from.
 *
 * The package's own executablePath() is not used: it unpacks to /tmp/chromium, shared by every
 * project on the machine whatever its version, and sets up libraries only on AWS.
 */

export interface BundledChromium {
  executablePath: string;
  /** What the browser process needs: its libraries and its font configuration. */
  env: Record<string, string>;
}

const PACKAGE = '@sparticuz/chromium';
const ROOT = resolve(import.meta.dirname, '../..');

/** Why the npm package's browser cannot be used here, or null when it can. */
export function bundledChromiumProblem(): string | null {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return `${PACKAGE} carries a Linux x64 browser only (this is ${process.platform} ${process.arch})`;
  }
  if (!packageDir()) return `${PACKAGE} is not installed (an optional dependency: npm installs it on Node 22.17 or later)`;
  return null;
}

function packageDir(): string | null {
  // Looked up by path: the package's exports do not include its package.json.
  const dir = join(ROOT, 'node_modules', ...PACKAGE.split('/'));
  return existsSync(join(dir, 'bin', 'chromium.br')) ? dir : null;
}

/** Unpacks the package's browser the first time, and returns where it is. */
export async function bundledChromium(): Promise<BundledChromium> {
  const problem = bundledChromiumProblem();
  if (problem) throw new Error(problem);
  const pkg = packageDir()!;
  const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string };
  const target = join(ROOT, 'node_modules', '.cache', `sparticuz-chromium-${version}`);
  if (!existsSync(join(target, 'chromium'))) {
    // Unpacked beside the target, then renamed: a run stopped half-way leaves nothing that looks finished.
    const partial = `${target}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    await Promise.all([
      pipeline(createReadStream(join(pkg, 'bin', 'chromium.br')), createBrotliDecompress(), createWriteStream(join(partial, 'chromium'), { mode: 0o755 })),
      untar(pkg, 'al2023.tar.br', join(partial, 'al2023')),
      untar(pkg, 'fonts.tar.br', join(partial, 'fonts')),
    ]);
    // The package's fonts.conf names Lambda's folders; point it at these.
    writeFileSync(
      join(partial, 'fonts', 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(target, 'fonts')}</dir>\n  <cachedir>${join(target, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    if (existsSync(join(target, 'chromium'))) rmSync(partial, { recursive: true, force: true }); // another run finished first
    else {
      rmSync(target, { recursive: true, force: true });
      renameSync(partial, target);
    }
  }
  return {
    executablePath: join(target, 'chromium'),
    env: {
      LD_LIBRARY_PATH: [join(target, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_PATH: join(target, 'fonts'),
    },
  };
}

async function untar(pkg: string, file: string, into: string): Promise<void> {
  // tar-fs comes with the package (its own dependency), so nothing more is installed for this.
  const { extract } = createRequire(join(pkg, 'package.json'))('tar-fs') as { extract(dir: string): NodeJS.WritableStream };
  await pipeline(createReadStream(join(pkg, 'bin', file)), createBrotliDecompress(), extract(into));
}
