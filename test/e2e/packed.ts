/**
 * The packed package as a user gets it: an example project from examples/ copied into a fresh
 * folder outside the repository, its `apac-viz` dependency pointed at the tarball, installed with
 * npm (`--prefer-offline`, so a second run reuses npm's cache), built with its own build script,
 * and served as static files. Each example is installed once per run, by the test file using it.
 */
import {execFile} from 'node:child_process';
import {cpSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {promisify} from 'node:util';
import {inject} from 'vitest';
import {repo, serve, type Served, type Site} from './harness.js';

const exec = promisify(execFile);

/** The environment without what `npm test` passes to its children about the repository itself. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (
      !/^npm_(package|lifecycle|config_(local_)?prefix|config_global)/i.test(k) &&
      k !== 'INIT_CWD'
    )
      env[k] = v;
  return {...env, NG_CLI_ANALYTICS: 'false', npm_config_fund: 'false', npm_config_audit: 'false'};
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command in `cwd`; never throws for a non-zero exit. */
export async function run(cmd: string, args: string[], cwd: string): Promise<RunResult> {
  try {
    const {stdout, stderr} = await exec(cmd, args, {
      cwd,
      env: cleanEnv(),
      maxBuffer: 64 * 1024 * 1024,
    });
    return {code: 0, stdout, stderr};
  } catch (e) {
    const err = e as {code?: number | string; stdout?: string; stderr?: string};
    return {
      code: typeof err.code === 'number' ? err.code : 1,
      stdout: err.stdout ?? '',
      stderr: err.stderr ?? String(e),
    };
  }
}

/** Runs a command and throws with its output when it fails. */
export async function must(cmd: string, args: string[], cwd: string): Promise<RunResult> {
  const result = await run(cmd, args, cwd);
  if (result.code !== 0)
    throw new Error(
      `${cmd} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`
    );
  return result;
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

export interface Example {
  dir: string;
  /** Wall times of the install and build, for the log. */
  timings: string[];
}

/** Copies examples/<name> out of the repository and installs it with the packed apac-viz. */
export async function installExample(name: string): Promise<Example> {
  const {tarball, root} = inject('packed');
  const source = join(repo, 'examples', name);
  const dir = join(root, name);
  cpSync(source, dir, {
    recursive: true,
    filter: (path) => !/(^|\/)(node_modules|dist)(\/|$)/.test(relative(source, path)),
  });
  const manifest = join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {dependencies: Record<string, string>};
  pkg.dependencies['apac-viz'] = `file:${tarball}`;
  writeFileSync(manifest, JSON.stringify(pkg, null, 2));
  const start = performance.now();
  await must(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
    dir
  );
  return {dir, timings: [`install ${seconds(start)}`]};
}

/** `npm run <script>` in the example, timed. */
export async function script(example: Example, name: string): Promise<RunResult> {
  const start = performance.now();
  const result = await must('npm', ['run', name], example.dir);
  example.timings.push(`${name} ${seconds(start)}`);
  return result;
}

/** Serves every file under `dir` (a build's output) at its relative path. */
export function serveDir(dir: string): Promise<Served> {
  const files: Site = {};
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), {withFileTypes: true}))
      if (entry.isDirectory()) walk(join(sub, entry.name));
      else files[`/${join(sub, entry.name)}`] = {file: join(dir, sub, entry.name)};
  };
  walk('');
  return serve(files);
}
