// Builds the library: ESM entries (dependencies external), the one-file bundle dist/apac-viz.js
// (everything inlined), type declarations, and custom-elements.json. Prints each file's size.
import {execFileSync} from 'node:child_process';
import {copyFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {generateJsxTypes} from 'custom-element-jsx-integration';
import {generateVuejsTypes} from 'custom-element-vuejs-integration';

const run = (cmd, args) => execFileSync(cmd, args, {stdio: 'inherit'});
rmSync('dist', {recursive: true, force: true});
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'lazy', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'embed', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'embed-parent', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'cli', '--logLevel', 'warn']);
for (const file of ['embed.html', 'embed.css']) copyFileSync(`src/embed/${file}`, `dist/${file}`);
// The embed page beside the autoloader too, so that dist/lazy/ served whole draws an iframe's
// chart with that chart's code only (embed.html loads the `apac-viz.js` beside it).
for (const file of ['embed.html', 'embed.css', 'embed.js'])
  copyFileSync(`dist/${file}`, `dist/lazy/${file}`);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('node', ['scripts/analyze.mjs']);

// Editor types for the tags, generated from the manifest: `apac-viz/jsx` (React 19, Preact, Solid:
// extend JSX.IntrinsicElements with its CustomElements) and `apac-viz/vue` (adds the tags to
// Vue's GlobalComponents). Event handlers get the detail types the @fires tags name.
const manifest = () => JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const typeOptions = {outdir: 'dist/types', globalTypePath: 'apac-viz', hideLogs: true};
generateJsxTypes(manifest(), {...typeOptions, fileName: 'jsx.d.ts'});
generateVuejsTypes(manifest(), {...typeOptions, fileName: 'vue.d.ts'});
// The generators import each event's detail type once per element that fires it; once is enough.
for (const file of ['dist/types/jsx.d.ts', 'dist/types/vue.d.ts']) {
  const text = readFileSync(file, 'utf8').replace(
    /import type \{([^}]*)\} from "apac-viz";/,
    (_, names) =>
      `import type {${[...new Set(names.split(',').map((n) => n.trim()))].filter(Boolean).join(', ')}} from "apac-viz";`
  );
  writeFileSync(file, text);
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
for (const file of readdirSync('dist')
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  const bytes = readFileSync(`dist/${file}`);
  console.log(
    `dist/${file.padEnd(22)} ${kb(statSync(`dist/${file}`).size).padStart(9)}  gzip ${kb(gzipSync(bytes).length).padStart(8)}`
  );
}
