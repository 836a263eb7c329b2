/** npm run dev: a save in the watched contract regenerates the output in the warm process. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { MAX_SUPERSEDED_RUNS, watchContract } from '../scripts/lib/watch.ts';
import { ROOT } from '../scripts/lib/paths.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-dev-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of the contract in its own folder, watched, writing to its own output folder; every line the watcher logs is kept. */
function watchCopy(name: string, lint: boolean, onRunStart?: () => void, assetsDir?: string) {
  const dir = path.join(tmp, `openapi-${name}`);
  const out = path.join(tmp, `generated-${name}`);
  fs.cpSync(path.join(ROOT, 'openapi'), dir, { recursive: true });
  const lines: string[] = [];
  const w = watchContract({ dir, outDir: out, lint, log: (l) => lines.push(l), ...(onRunStart ? { onRunStart } : {}), ...(assetsDir ? { assetsDir } : {}) });
  return { dir, out, lines, w };
}

it('regenerates after a save, including an editor-style atomic save (write temp + rename)', async () => {
  const { dir, out, lines, w } = watchCopy('save', false);
  try {
    const file = path.join(dir, 'components/schemas/CallStatus.yaml');
    // A plain in-place write.
    let next = w.next();
    const original = fs.readFileSync(file, 'utf8');
    expect(original).toContain('Where the call stands.');
    fs.writeFileSync(file, original.replace('Where the call stands.', 'Where the call stands today.'));
    const first = await next;
    expect(first.code).toBe(0);
    expect(fs.readFileSync(path.join(out, 'schema.d.ts'), 'utf8')).toContain('Where the call stands today.');
    expect(first.written.some((f) => f.endsWith('schema.d.ts'))).toBe(true);
    // An atomic save: a new inode replaces the file.
    next = w.next();
    const tmpFile = `${file}.swp`;
    fs.writeFileSync(tmpFile, fs.readFileSync(file, 'utf8').replace('Where the call stands today.', 'Where the call is now.'));
    fs.renameSync(tmpFile, file);
    const second = await next;
    expect(second.code).toBe(0);
    expect(fs.readFileSync(path.join(out, 'schema.d.ts'), 'utf8')).toContain('Where the call is now.');
    expect(lines.some((l) => /CallStatus\.yaml changed → wrote \d+ file\(s\) in \d+ ms: .*schema\.d\.ts/.test(l))).toBe(true);
  } finally {
    w.close();
  }
}, 30_000);

it('start-up reports what it wrote, not a change, and a second run writes nothing', async () => {
  const { lines, w } = watchCopy('start', false);
  try {
    await w.regenerate();
    expect(lines.join('\n')).not.toMatch(/changed →/);
    expect(lines.join('\n')).toMatch(/dev: wrote \d+ file\(s\) in \d+ ms: .*operations\.ts/);
    lines.length = 0;
    await w.regenerate();
    expect(lines).toEqual(['dev: generated/ and the docs are up to date']);
  } finally {
    w.close();
  }
}, 30_000);

it('lints before writing, as npm run pipeline does: a finding leaves the output untouched', async () => {
  const { dir, out, lines, w } = watchCopy('lint', true);
  try {
    await w.regenerate(); // a copy of the real contract lints clean, wherever it lives
    expect(lines.join('\n')).toMatch(/dev: wrote \d+ file\(s\)/);
    const before = fs.readFileSync(path.join(out, 'schema.d.ts'), 'utf8');
    const file = path.join(dir, 'components/schemas/Customer.yaml');
    const next = w.next();
    // A property without a description breaks a project lint rule.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('properties:\n', 'properties:\n  nickname:\n    type: string\n'));
    const r = await next;
    expect(r.code).toBe(1);
    expect(r.written).toEqual([]);
    expect(fs.readFileSync(path.join(out, 'schema.d.ts'), 'utf8')).toBe(before);
    expect(lines.join('\n')).toMatch(/Customer\.yaml:\d+:\d+ error \[spectral connect-call-property-description\]/);
    expect(lines.join('\n')).toMatch(/Customer\.yaml changed → lint found \d+ problem\(s\) \(above\); nothing written/);
    // An example broken after a clean run is found on that save (Redocly checks examples), and its fix clears it.
    const example = path.join(dir, 'components/examples/CallQueued.yaml');
    const exampleText = fs.readFileSync(example, 'utf8');
    lines.length = 0;
    let again = w.next();
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('  nickname:\n    type: string\n', ''));
    fs.writeFileSync(example, exampleText.replace('status: queued', 'status: dialling'));
    expect((await again).code).toBe(1);
    expect(lines.join('\n')).toMatch(/CallQueued\.yaml:\d+:\d+ error \[redocly no-invalid-media-type-examples\] .*`status` property must be equal to one of the allowed values/);
    again = w.next();
    fs.writeFileSync(example, exampleText);
    expect((await again).code).toBe(0);
  } finally {
    w.close();
  }
}, 90_000);

it('reuses the validators of the last save only while what Ajv compiles is unchanged', async () => {
  const { dir, out, w } = watchCopy('validators', false);
  const module = () => fs.readFileSync(path.join(out, 'validators', 'connectCall.js'), 'utf8');
  const body = (text: string) => text.replace(/validator input sha256: [0-9a-f]{64}/g, 'validator input sha256: <hash>');
  try {
    await w.regenerate();
    const first = module();
    const file = path.join(dir, 'components/schemas/Customer.yaml');
    const text = fs.readFileSync(file, 'utf8');
    // A description: a new source hash in the other headers, the validator modules untouched (not even rewritten).
    let next = w.next();
    fs.writeFileSync(file, text.replace("The customer's name, for records", "The customer's full name, for records"));
    const described = await next;
    expect(described.code).toBe(0);
    expect(described.written.some((f) => f.endsWith('schema.d.ts'))).toBe(true);
    expect(described.written.filter((f) => /[\\/]validators(\.|[\\/])/.test(f))).toEqual([]);
    expect(module()).toBe(first);
    // A constraint: compiled again, and the new validator enforces it.
    next = w.next();
    fs.writeFileSync(file, text.replace('  name:\n    type: string\n', '  name:\n    type: string\n    maxLength: 40\n'));
    expect((await next).code).toBe(0);
    expect(body(module())).not.toBe(body(first));
    const { validateConnectCallRequest } = (await import(`${path.join(out, 'validators', 'connectCall.js')}?v=${Date.now()}`)) as {
      validateConnectCallRequest: ((v: unknown) => boolean) & { errors?: Array<{ instancePath: string; keyword: string }> };
    };
    const request = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/minimal-request.json'), 'utf8'));
    expect(validateConnectCallRequest({ ...request, customer: { ...request.customer, name: 'x'.repeat(41) } })).toBe(false);
    expect(validateConnectCallRequest.errors?.[0]).toMatchObject({ instancePath: '/customer/name', keyword: 'maxLength' });
    expect(validateConnectCallRequest({ ...request, customer: { ...request.customer, name: 'x'.repeat(40) } })).toBe(true);
    // Length counts code points (a surrogate pair is one), with the helper inlined: the module imports nothing.
    expect(validateConnectCallRequest({ ...request, customer: { ...request.customer, name: '😀'.repeat(40) } })).toBe(true);
    expect(validateConnectCallRequest({ ...request, customer: { ...request.customer, name: '😀'.repeat(41) } })).toBe(false);
    expect(module()).not.toMatch(/\brequire\(|^import /m);
  } finally {
    w.close();
  }
}, 30_000);

it('a save made while a run is going drops that run: one report, on the files as the last save left them', async () => {
  const { dir, out, lines, w } = watchCopy('burst', true);
  try {
    await w.regenerate();
    lines.length = 0;
    const file = path.join(dir, 'components/schemas/Customer.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const next = w.next();
    // A state lint rejects (a property without a description), then 40 ms
    // later, while its run is still linting, the fixed file: the first run
    // must say nothing and write nothing.
    fs.writeFileSync(file, text.replace('properties:\n', 'properties:\n  nickname:\n    type: string\n'));
    await new Promise((r) => setTimeout(r, 40));
    fs.writeFileSync(file, text.replace("The customer's name, for records", "The customer's given name, for records"));
    const r = await next;
    expect(r.code).toBe(0);
    expect(r.dropped).toBe(1);
    expect(lines.join('\n')).not.toMatch(/error|problem|broken/);
    expect(lines.filter((l) => l.startsWith('dev: '))).toHaveLength(1);
    expect(lines[0]).toMatch(/Customer\.yaml changed → wrote \d+ file\(s\)/);
    const bundle = fs.readFileSync(path.join(out, 'openapi.yaml'), 'utf8');
    expect(bundle).toContain("The customer's given name, for records");
    expect(bundle).not.toContain('nickname');
  } finally {
    w.close();
  }
}, 60_000);

it('saves that never stop still get their output, a few dropped runs late', async () => {
  const { dir, out, w } = watchCopy('stream', false);
  try {
    await w.regenerate();
    const file = path.join(dir, 'components/schemas/CallStatus.yaml');
    const text = fs.readFileSync(file, 'utf8');
    let done = false;
    const first = w.next().then((r) => ((done = true), r));
    // A save every 5 ms, faster than any run; bounded: 20 s at most.
    const end = Date.now() + 20_000;
    for (let i = 0; !done && Date.now() < end; i++) {
      fs.writeFileSync(file, text.replace('Where the call stands.', `Where the call stands (${i}).`));
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(done).toBe(true);
    const r = await first;
    expect(r.code).toBe(0);
    expect(r.dropped).toBe(MAX_SUPERSEDED_RUNS);
    expect(fs.readFileSync(path.join(out, 'schema.d.ts'), 'utf8')).toMatch(/Where the call stands \(\d+\)\./);
  } finally {
    w.close();
  }
}, 60_000);

it('a file caught half-written is not reported broken; one that stays broken is', async () => {
  const { dir, out, lines, w } = watchCopy('truncate', false);
  try {
    await w.regenerate();
    lines.length = 0;
    const file = path.join(dir, 'components/schemas/CallStatus.yaml');
    const text = fs.readFileSync(file, 'utf8');
    // A writer that leaves half a file (it does not parse), then the rest 70 ms later (a broken bundle takes ~30 ms here; the report waits up to BROKEN_SETTLE_MS, 100, for more).
    let next = w.next();
    fs.writeFileSync(file, `${text.slice(0, text.indexOf('enum:'))}enum: [\n`);
    await new Promise((r) => setTimeout(r, 70));
    fs.writeFileSync(file, text.replace('Where the call stands.', 'Where the call stands now.'));
    const r = await next;
    expect(r.code).toBe(0);
    expect(lines.join('\n')).not.toMatch(/broken/);
    expect(fs.readFileSync(path.join(out, 'schema.d.ts'), 'utf8')).toContain('Where the call stands now.');
    // A file left broken is reported, naming it.
    next = w.next();
    fs.writeFileSync(file, 'type: string\nenum: [\n');
    expect((await next).code).toBe(1);
    expect(lines.join('\n')).toMatch(/CallStatus\.yaml changed → the contract is broken; nothing written:[\s\S]*CallStatus\.yaml/);
  } finally {
    w.close();
  }
}, 60_000);

it('close() during a run: that run writes and reports nothing, and no queued run starts', async () => {
  let starts = 0;
  let closeNow = false;
  const { dir, out, lines, w } = watchCopy('close', false, () => {
    starts++;
    // Close 10 ms into the save's run (runs take ~60 ms and more here).
    if (closeNow) setTimeout(() => w.close(), 10);
  });
  await w.regenerate();
  lines.length = 0;
  const schema = path.join(out, 'schema.d.ts');
  const before = fs.readFileSync(schema, 'utf8');
  const file = path.join(dir, 'components/schemas/CallStatus.yaml');
  closeNow = true;
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Where the call stands.', 'Where the call stood.'));
  const end = Date.now() + 10_000;
  while (starts < 2 && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  expect(starts).toBe(2); // the start-up run and the save's
  // A save after close() starts nothing.
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Where the call stood.', 'Where the call was.'));
  await new Promise((r) => setTimeout(r, 1000));
  expect(starts).toBe(2);
  expect(lines).toEqual([]);
  expect(fs.readFileSync(schema, 'utf8')).toBe(before);
}, 30_000);

it('a folder moved away and copied back is watched again, and its files count as changed', async () => {
  const { dir, out, lines, w } = watchCopy('refolder', false);
  try {
    await w.regenerate();
    lines.length = 0;
    const schemas = path.join(dir, 'components/schemas');
    const aside = path.join(tmp, 'schemas-aside');
    fs.renameSync(schemas, aside);
    await new Promise((r) => setTimeout(r, 300)); // its runs find the contract broken
    let next = w.next();
    fs.cpSync(aside, schemas, { recursive: true });
    expect((await next).code).toBe(0);
    // A save in the folder that came back is seen.
    next = w.next();
    const file = path.join(schemas, 'CallStatus.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Where the call stands.', 'Where the call stands, again.'));
    expect((await next).code).toBe(0);
    expect(fs.readFileSync(path.join(out, 'schema.d.ts'), 'utf8')).toContain('Where the call stands, again.');
  } finally {
    w.close();
  }
}, 60_000);

it("a change in the docs' assets folder runs the chain, as it counts for the pipeline's stamp; other files there count too, and a folder removed and put back is watched again", async () => {
  const assets = path.join(tmp, 'assets');
  fs.cpSync(path.join(ROOT, 'docs/assets'), assets, { recursive: true });
  // Given as a user might write it: a trailing slash.
  const { lines, w } = watchCopy('assets', false, undefined, `${assets}/`);
  try {
    await w.regenerate();
    lines.length = 0;
    let next = w.next();
    const svg = path.join(assets, 'attribution-mark.svg');
    fs.appendFileSync(svg, '\n');
    expect((await next).code).toBe(0);
    expect(lines).toContainEqual(expect.stringMatching(/^dev: .*assets\/attribution-mark\.svg changed → nothing to write/));
    next = w.next();
    fs.writeFileSync(path.join(assets, 'new-image.png'), 'x');
    expect((await next).code).toBe(0);
    expect(lines).toContainEqual(expect.stringMatching(/new-image\.png changed →/));
    // A checkout that removes the folder and puts it back.
    next = w.next();
    fs.rmSync(assets, { recursive: true });
    expect((await next).code).toBe(0);
    next = w.next();
    fs.mkdirSync(assets);
    expect((await next).code).toBe(0);
    await new Promise((r) => setTimeout(r, 100)); // the folder's own watch begins with its parent's event
    lines.length = 0;
    next = w.next();
    fs.writeFileSync(path.join(assets, 'attribution-mark.svg'), '<svg/>');
    expect((await next).code).toBe(0);
    expect(lines).toContainEqual(expect.stringMatching(/assets\/attribution-mark\.svg changed →/));
  } finally {
    w.close();
  }
}, 30_000);
