/**
 * Serves the built site with the real nginx and deploy/nginx.conf on a free
 * loopback port, for the served-site tests (npm run test:nginx). Only the
 * listen address, the root, the pid file and the error log differ from the deployed config.
 * nginx comes from Debian (`apt-get install nginx`); without it this fails.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { builtSite } from '../build/helpers.ts';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  await new Promise((done) => server.close(done));
  return port;
}

/** deploy/nginx.conf with this machine's root, port and pid file; fails when the config no longer has those lines. */
export function localNginxConfig(conf: string, root: string, port: number, prefix: string): string {
  const replacements: [RegExp, string][] = [
    [/^(\s*)listen 8080;$/m, `$1listen 127.0.0.1:${port};`],
    [/^(\s*)root \/usr\/share\/nginx\/html;$/m, `$1root ${root};`],
    [/^pid \/tmp\/nginx\.pid;$/m, `pid ${join(prefix, 'nginx.pid')};`],
    // nginx cannot open /dev/stderr when it is a pipe; `stderr` writes to the same place.
    [/^error_log \/dev\/stderr warn;$/m, 'error_log stderr warn;'],
  ];
  let local = conf;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(local)) throw new Error(`deploy/nginx.conf: regel ${pattern} niet gevonden; pas test/served/nginx-setup.ts aan`);
    local = local.replace(pattern, replacement);
  }
  // As root, nginx runs its workers as "nobody", who cannot read a build in a private temporary folder.
  return process.getuid?.() === 0 ? `user root;\n${local}` : local;
}

export default async function setup(project: TestProject) {
  if (spawnSync('nginx', ['-v']).error) throw new Error('nginx ontbreekt: installeer het met `apt-get install nginx` (de servertests draaien tegen de echte nginx).');
  const site = builtSite('nginx');
  const prefix = mkdtempSync(join(tmpdir(), 'iw-nginx-'));
  const port = await freePort();
  const confFile = join(prefix, 'nginx.conf');
  writeFileSync(confFile, localNginxConfig(readFileSync('deploy/nginx.conf', 'utf8'), site.outDir, port, prefix));
  let log = '';
  const nginx: ChildProcess = spawn('nginx', ['-p', prefix, '-c', confFile, '-e', 'stderr', '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stdout!.on('data', (chunk) => (log += chunk));
  nginx.stderr!.on('data', (chunk) => (log += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  let server: string | null | undefined;
  for (let tries = 0; server === undefined; tries++) {
    if (nginx.exitCode !== null) throw new Error(`nginx stopte meteen (code ${nginx.exitCode}):\n${log}`);
    server = await fetch(`${baseUrl}/`).then((response) => response.headers.get('server'), () => undefined);
    if (server === undefined) {
      if (tries > 100) throw new Error(`nginx antwoordt niet op ${baseUrl}:\n${log}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  if (server !== 'nginx') throw new Error(`op ${baseUrl} antwoordt '${server}', niet nginx`);
  project.provide('baseUrl', baseUrl);
  project.provide('distDir', site.outDir);
  return async () => {
    const exited = new Promise((done) => nginx.once('exit', done));
    nginx.kill('SIGQUIT');
    await exited;
    rmSync(prefix, { recursive: true, force: true });
    site.cleanup();
  };
}
