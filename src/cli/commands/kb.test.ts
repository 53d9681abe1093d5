// The `quarkmed kb …` commands in-process: real SQLite, real data, a local HTTP server for `kb pull`.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { startStaticFileServer, type StaticFileServer } from '../../../test/helpers/static-file-server.js';
import { writeTar } from '../../knowledge/pull/tar.js';
import { writeZip } from '../../../test/helpers/zip-writer.js';
import { fillerLabels, labelFile, makeLabel, sampleLabels } from '../../../test/helpers/openfda-labels.js';
import { register } from './kb.js';
import { runInProcess } from '../../../test/helpers/run-cli.js';

const run = (...args: string[]) => runInProcess(register, args);

const home = mkdtempSync(join(tmpdir(), 'qm-kbcli-'));
const prevHome = process.env.QUARKMED_HOME;
beforeAll(() => {
  process.env.QUARKMED_HOME = home;
  delete process.env.QUARKMED_EMBEDDER;
});
afterAll(() => {
  if (prevHome === undefined) delete process.env.QUARKMED_HOME;
  else process.env.QUARKMED_HOME = prevHome;
});
afterEach(() => vi.restoreAllMocks());

describe('kb ingest / search / stats / remove', () => {
  const db = join(home, 'cli.sqlite');

  it('ingests with a summary line, then searches with the --json hit contract', async () => {
    const ing = await run(
      'kb',
      'ingest',
      sharedPath('kb', 'medquad', '7_SeniorHealth_QA'),
      sharedPath('kb', 'chatdoctor-diseases.csv'),
      '--db',
      db,
      '--terms',
      sharedPath('terms'),
    );
    expect(ing.code).toBe(0);
    expect(ing.stdout).toMatch(/^ingested \d+ documents \(\d+ chunks\) from 49 files; 0 unchanged, 0 failed, in [\d.]+ s → .*cli\.sqlite\n$/);
    const res = await run('kb', 'search', 'What causes glaucoma?', '--db', db, '-k', '3', '--json');
    expect(res.code).toBe(0);
    const hits = JSON.parse(res.stdout) as Record<string, unknown>[];
    expect(hits).toHaveLength(3);
    expect(hits[0].title).toMatch(/glaucoma/i);
    for (const h of hits)
      expect(Object.keys(h).sort()).toEqual(
        // url and about (the entity a topic-first hit's document is about) are present only when known.
        ['about', 'authority', 'docId', 'id', 'lang', 'score', 'section', 'source', 'text', 'title', 'url'].filter(
          (k) => (k !== 'url' && k !== 'about') || k in h,
        ),
      );
    const human = await run('kb', 'search', 'glaucoma', '--db', db, '-k', '2', '--min-authority', 'C');
    expect(human.stdout).toMatch(/^1\. \[C\] .*Glaucoma/m);
  });

  it('reports unchanged documents, stats, and removal', async () => {
    const again = await run('kb', 'ingest', sharedPath('kb', 'chatdoctor-diseases.csv'), '--db', db, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ documents: 0, skipped: 796, failed: 0 });
    const stats = JSON.parse((await run('kb', 'stats', '--db', db, '--json')).stdout) as { sources: { name: string; authority: string[] }[] };
    expect(stats.sources.map((s) => [s.name, s.authority])).toEqual([
      ['chatdoctor-diseases', ['E']],
      ['medquad', ['C']],
    ]);
    const rm = await run('kb', 'remove', 'chatdoctor-diseases', '--db', db);
    expect(rm.stdout).toContain('removed 796 document(s)');
  });

  it('overrides authority by flag and exits 1 naming a bad file, 2 on bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qm-kbcli-in-'));
    writeFileSync(join(dir, 'good.md'), '# Heat stroke\n\nCool the person immediately and call emergency services.\n');
    writeFileSync(join(dir, 'broken.jsonl'), '{"id": 1, "title": "x", "text": "ok"}\nnot json\n');
    const res = await run('kb', 'ingest', dir, '--db', db, '--authority', 'A', '--source', 'local-guides');
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/ingested 1 documents .* 1 failed/);
    expect(res.stderr).toMatch(/failed: KB_FILE_INVALID: .*broken\.jsonl:2: not valid JSON/);
    const hit = JSON.parse((await run('kb', 'search', 'heat stroke', '--db', db, '--json', '-k', '1')).stdout)[0];
    expect(hit).toMatchObject({ source: 'local-guides', authority: 'A' });
    const bad = await run('kb', 'ingest', dir, '--db', db, '--authority', 'Z');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('KB_AUTHORITY_INVALID');
    const missing = await run('kb', 'search', 'x', '--db', join(dir, 'none.sqlite'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/KB_MISSING: no knowledge base at .*none\.sqlite \(no such file\); build one with: quarkmed kb ingest/);
  });
});

describe('kb pull medquad', () => {
  let server: StaticFileServer;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qm-pull-'));
    const xml = readFileSync(sharedPath('kb', 'medquad', '9_CDC_QA', '0000397.xml'));
    const tgz = gzipSync(
      writeTar([
        { path: 'MedQuAD-master/README.md', data: '# MedQuAD' },
        { path: 'MedQuAD-master/9_CDC_QA/0000397.xml', data: xml },
        { path: 'MedQuAD-master/../../escape.xml', data: xml },
      ]),
    );
    writeFileSync(join(dir, 'medquad.tar.gz'), tgz);
    writeFileSync(join(dir, 'junk.tar.gz'), 'this is not gzip');
    server = await startStaticFileServer({ '/medquad.tar.gz': join(dir, 'medquad.tar.gz'), '/junk.tar.gz': join(dir, 'junk.tar.gz') });
  });
  afterAll(async () => server.close());

  it('downloads, unpacks into $QUARKMED_HOME/sources/medquad and ingests', async () => {
    const res = await run('kb', 'pull', 'medquad', '--url', `${server.url}/medquad.tar.gz`);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/unpacked 1 XML files into .*sources[\\/]medquad/);
    expect(res.stdout).toMatch(/ingested [1-9]\d* documents/);
    const hits = JSON.parse((await run('kb', 'search', 'taeniasis', '--json', '-k', '1')).stdout);
    expect(hits[0].title).toMatch(/Taeniasis/);
    // The named source now resolves for ingest, and a second pull reuses the copy.
    expect((await run('kb', 'ingest', 'medquad', '--json')).stdout).toContain('"skipped"');
    expect((await run('kb', 'pull', 'medquad', '--url', `${server.url}/medquad.tar.gz`, '--no-ingest')).stderr).toContain('using the copy');
  });

  it('offline or broken downloads fail clearly and say how to ingest a local copy', async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const port = (s.address() as { port: number }).port;
        s.close(() => resolve(port));
      });
    });
    const offline = await run('kb', 'pull', 'medquad', '--force', '--url', `http://127.0.0.1:${closed}/medquad.tar.gz`);
    expect(offline.code).toBe(1);
    expect(offline.stderr).toMatch(/KB_DOWNLOAD_FAILED: download of http:\/\/127\.0\.0\.1:\d+\/medquad\.tar\.gz failed \(network error: ECONNREFUSED\)/);
    expect(offline.stderr).toContain('quarkmed kb ingest /path/to/MedQuAD');
    const notFound = await run('kb', 'pull', 'medquad', '--force', '--url', `${server.url}/nope.tar.gz`);
    expect(notFound.stderr).toMatch(/failed \(HTTP 404/);
    const junk = await run('kb', 'pull', 'medquad', '--force', '--url', `${server.url}/junk.tar.gz`);
    expect(junk.stderr).toMatch(/not a readable \.tar\.gz/);
  });
});

describe('kb pull openfda-labels', () => {
  let server: StaticFileServer;
  const dir = mkdtempSync(join(tmpdir(), 'qm-pull-fda-'));
  const db = join(home, 'labels.sqlite');
  const sources = join(home, 'sources');
  const labelsDir = join(sources, 'openfda-labels');
  const manifest = (files: string[]) =>
    JSON.stringify({
      meta: {},
      results: { drug: { label: { total_records: 4, partitions: files.map((file) => ({ display_name: file, file, records: 2 })) } } },
    });
  beforeAll(async () => {
    const [older, newer, cetirizine, nameless] = sampleLabels();
    writeFileSync(
      join(dir, 'p1.zip'),
      writeZip([{ name: 'drug-label-0001-of-0002.json', data: labelFile([older, cetirizine, nameless, ...fillerLabels(40)]) }]),
    );
    writeFileSync(join(dir, 'p2.zip'), writeZip([{ name: 'drug-label-0002-of-0002.json', data: labelFile([newer]) }]));
    writeFileSync(join(dir, 'nojson.zip'), writeZip([{ name: 'README.txt', data: 'no labels here' }]));
    writeFileSync(join(dir, 'notlabels.zip'), writeZip([{ name: 'x.json', data: '{"rows": [1, 2, 3]}' }]));
    writeFileSync(join(dir, 'notzip.zip'), 'this is not a zip');
    // Review fix: openFDA-shaped files that are no drug-label partition must not replace a complete copy.
    writeFileSync(join(dir, 'empty.zip'), writeZip([{ name: 'drug-label-0001-of-0001.json', data: labelFile([]) }]));
    const event = { safetyreportid: '10003301', receivedate: '20240101', serious: '1', patient: { reaction: [{ reactionmeddrapt: 'Nausea' }] } };
    writeFileSync(join(dir, 'event.zip'), writeZip([{ name: 'drug-event-0001-of-0001.json', data: labelFile([event]) }]));
    writeFileSync(join(dir, 'empty-manifest.json'), manifest([]));
    server = await startStaticFileServer({
      '/download.json': join(dir, 'download.json'),
      '/empty-manifest.json': join(dir, 'empty-manifest.json'),
      '/p1.json.zip': join(dir, 'p1.zip'),
      '/p2.json.zip': join(dir, 'p2.zip'),
      '/nojson.zip': join(dir, 'nojson.zip'),
      '/notlabels.zip': join(dir, 'notlabels.zip'),
      '/notzip.zip': join(dir, 'notzip.zip'),
      '/empty.zip': join(dir, 'empty.zip'),
      '/event.zip': join(dir, 'event.zip'),
    });
    writeFileSync(join(dir, 'download.json'), manifest([`${server.url}/p1.json.zip`, `${server.url}/p2.json.zip`]));
  });
  afterAll(async () => server.close());

  it('reads the manifest, downloads and unpacks every partition, ingests; a pregnancy question finds the pregnancy section', async () => {
    const res = await run('kb', 'pull', 'openfda-labels', '--manifest', `${server.url}/download.json`, '--db', db);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/unpacked 2 label JSON files into .*sources[\\/]openfda-labels/);
    expect(res.stdout).toMatch(/ingested [1-9]\d* documents/);
    expect(existsSync(join(labelsDir, '.complete'))).toBe(true);
    expect(readdirSync(sources).filter((n) => n.includes('.tmp-'))).toEqual([]);
    const hits = JSON.parse((await run('kb', 'search', 'ibuprofen pregnancy', '--db', db, '--json', '-k', '3')).stdout) as Record<string, string>[];
    expect(hits[0]).toMatchObject({
      title: 'Ibuprofen (Testprofen IB) — drug label',
      source: 'openfda-labels',
      authority: 'B',
      section: 'Pregnancy or breastfeeding (use while pregnant or nursing)',
    });
    // The newest label (2024) is the one kept, quoted as written.
    expect(hits[0].text).toContain('last 3 months of pregnancy');
    expect(hits[0].url).toContain('setid=aaaa-0002');
    const stats = JSON.parse((await run('kb', 'stats', '--db', db, '--json')).stdout) as { documents: number };
    expect(stats.documents).toBe(42); // ibuprofen (one of two labels), cetirizine, 40 fillers; the nameless label skipped
    // A second pull reuses the copy; --force downloads again.
    const before = server.requests.length;
    expect((await run('kb', 'pull', 'openfda-labels', '--manifest', `${server.url}/download.json`, '--no-ingest')).stderr).toContain('using the copy');
    expect(server.requests.length).toBe(before);
    const forced = await run('kb', 'pull', 'openfda-labels', '--manifest', `${server.url}/download.json`, '--force', '--no-ingest', '--json');
    expect(JSON.parse(forced.stdout)).toMatchObject({ files: 2, downloaded: true });
    expect(server.requests.length).toBe(before + 3);
  });

  it('bad archives fail clearly, name the problem and leave the earlier copy whole', async () => {
    const pull = (...a: string[]) => run('kb', 'pull', 'openfda-labels', '--force', '--no-ingest', ...a);
    expect((await pull('--url', `${server.url}/nojson.zip`)).stderr).toMatch(
      /KB_DOWNLOAD_FAILED: download of .*nojson\.zip failed \(the archive holds no \.json file\)/,
    );
    expect((await pull('--url', `${server.url}/notlabels.zip`)).stderr).toMatch(/x\.json in the archive is not openFDA label JSON/);
    expect((await pull('--url', `${server.url}/notzip.zip`)).stderr).toMatch(/not a readable \.zip \(not a zip file/);
    expect((await pull('--manifest', `${server.url}/empty-manifest.json`)).stderr).toMatch(/lists no drug label partitions/);
    const empty = await pull('--url', `${server.url}/empty.zip`);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/KB_DOWNLOAD_FAILED: .*drug-label-0001-of-0001\.json in the archive holds no label records \("results" is empty\)/);
    const event = await pull('--url', `${server.url}/event.zip`);
    expect(event.code).toBe(1);
    expect(event.stderr).toMatch(/drug-event-0001-of-0001\.json in the archive holds openFDA records that are not drug labels/);
    const offline = await pull('--url', `${server.url}/missing.zip`);
    expect(offline.code).toBe(1);
    expect(offline.stderr).toMatch(/failed \(HTTP 404.*https:\/\/api\.fda\.gov\/download\.json.*quarkmed kb ingest \/path\/to\/labels/);
    expect(existsSync(join(labelsDir, '.complete'))).toBe(true);
    expect(readdirSync(labelsDir).filter((n) => n.endsWith('.json'))).toHaveLength(2);
    expect(readdirSync(sources).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('a complete copy: --url / --manifest naming another place downloads again, the same place or none reuses it', async () => {
    const fresh = await run('kb', 'pull', 'openfda-labels', '--url', `${server.url}/p2.json.zip`, '--no-ingest', '--json');
    expect(JSON.parse(fresh.stdout)).toMatchObject({ files: 1, downloaded: true });
    expect(readdirSync(labelsDir).filter((n) => n.endsWith('.json'))).toEqual(['drug-label-0002-of-0002.json']);
    const before = server.requests.length;
    expect((await run('kb', 'pull', 'openfda-labels', '--url', `${server.url}/p2.json.zip`, '--no-ingest')).stderr).toContain('using the copy');
    expect((await run('kb', 'pull', 'openfda-labels', '--no-ingest')).stderr).toContain('using the copy');
    expect(server.requests.length).toBe(before);
    const back = await run('kb', 'pull', 'openfda-labels', '--manifest', `${server.url}/download.json`, '--no-ingest', '--json');
    expect(JSON.parse(back.stdout)).toMatchObject({ files: 2, downloaded: true });
    const program = new Command();
    register(program);
    const help =
      program.commands
        .find((c) => c.name() === 'kb')
        ?.commands.find((c) => c.name() === 'pull')
        ?.helpInformation() ?? '';
    expect(help.replace(/\s+/g, ' ')).toContain('other than the one the copy came from downloads again');
  });

  it('names a bad source or --url, and clears a temp folder an interrupted pull left behind', async () => {
    const unknown = await run('kb', 'pull', 'openfda', '--no-ingest');
    expect(unknown.code).toBe(2); // bad input (400), as every usage error
    expect(unknown.stderr).toMatch(/KB_PULL_UNKNOWN: no pullable source "openfda"; choose one of: medquad, openfda-labels/);
    const local = await run('kb', 'pull', 'openfda-labels', '--force', '--no-ingest', '--url', '/tmp/labels.zip');
    expect(local.code).toBe(2);
    expect(local.stderr).toMatch(/KB_PULL_URL_INVALID: --url takes an http\(s\) address, not "\/tmp\/labels\.zip".*quarkmed kb ingest DIR/);
    // A pull killed mid-download (its pid gone) left its partial partition beside the copy: the next pull removes it.
    const stale = join(sources, 'openfda-labels.tmp-999999999');
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, '.part-1.zip'), 'partial');
    const again = await run('kb', 'pull', 'openfda-labels', '--force', '--no-ingest', '--url', `${server.url}/p2.json.zip`);
    expect(again.code).toBe(0);
    expect(readdirSync(sources).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('ingest of a broken label file writes nothing of it and names the problem', async () => {
    const file = join(dir, 'broken-labels.json');
    const good = makeLabel({
      generic: 'ZORBITRAN',
      setId: 'zz-1',
      effective: '20250101',
      sections: { indications_and_usage: 'Uses: zorbitran relieves test aches.' },
    });
    writeFileSync(file, labelFile([good]).replace(/\]\s*\}\s*$/, ', {"set_id": '));
    const res = await run('kb', 'ingest', file, '--db', db, '--format', 'openfda-label');
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/failed: KB_FILE_INVALID: .*broken-labels\.json: not an openFDA label file: (the JSON ends early|results\[1\])/);
    expect(JSON.parse((await run('kb', 'search', 'zorbitran', '--db', db, '--json')).stdout)).toEqual([]);
  });
});
