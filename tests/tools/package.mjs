// `npm run package`: builds the extension for each store from a clean folder and zips it,
// plus the source archive AMO asks for with bundled code and the store images, all under
// packages/ (gitignored).
// The zips are reproducible: files in byte order of their paths, one fixed timestamp, fixed
// permissions and compression, so two runs from the same tree give identical bytes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { draw, png } from './make-icons.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'packages');
const { version } = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));

// 1980-01-01 00:00, the earliest time a zip entry can hold.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** A zip archive of `files` (path inside the zip → bytes), deflated, in the order given. */
function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of files) {
    const path = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const stored = packed.length >= data.length;
    const body = stored ? data : packed;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(path.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the mode below is read
    local.copy(central, 6, 4, 28); // version needed … name length, same as the local header
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, path, body);
    centrals.push(central, path);
    offset += local.length + path.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const byPath = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Every file under `dir`, as zip paths with forward slashes, in byte order. */
function filesUnder(dir) {
  const out = [];
  const walk = (at) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push([relative(dir, path).split(sep).join('/'), readFileSync(path)]);
    }
  };
  walk(dir);
  return out.sort(byPath);
}

/** The tracked source files as they are in the working tree, for AMO's source review. */
function sourceFiles() {
  const listed = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  return listed
    .filter((path) => statSync(join(ROOT, path), { throwIfNoEntry: false })?.isFile())
    .map((path) => [path, readFileSync(join(ROOT, path))])
    .sort(byPath);
}

const vite = join(ROOT, 'node_modules/.bin/vite');
const builds = { chromium: [], firefox: ['--mode', 'firefox'] };

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT);
for (const [store, args] of Object.entries(builds)) {
  const dir = join(OUT, store);
  execFileSync(vite, ['build', ...args, '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  writeFileSync(join(OUT, `replycoach-${version}-${store}.zip`), zip(filesUnder(dir)));
}
writeFileSync(join(OUT, `replycoach-${version}-source.zip`), zip(sourceFiles()));

// Chrome Web Store images: the 128 icon as 96 pixels of artwork with 16 transparent on each
// side (its guideline), and the small promotional tile, the icon on the popup's surface colour.
mkdirSync(join(OUT, 'store'));
writeFileSync(join(OUT, 'store/icon128.png'), png(128, 128, draw({ size: 96, width: 128, height: 128, left: 16, top: 16 })));
writeFileSync(join(OUT, 'store/promo-440x280.png'), png(440, 280, draw({ size: 168, width: 440, height: 280, left: 136, top: 56, background: [246, 248, 251] })));
for (const name of [...readdirSync(OUT).filter((n) => n.endsWith('.zip')), 'store/icon128.png', 'store/promo-440x280.png']) {
  console.log(`${relative(ROOT, join(OUT, name))}  ${(statSync(join(OUT, name)).size / 1024).toFixed(1)} kB`);
}
