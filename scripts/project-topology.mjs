// Writes data/asia-pacific.projected.topo.json: the bundled topology (data/asia-pacific.topo.json)
// projected as the map's reference projects it (src/layout/choropleth/pre-project.ts says how),
// which the map element ships in place of the longitude/latitude topology, so that a page draws
// the map with no spherical math. Run: npm run data:projected (data:topology runs it too). The output is
// committed (as the topology is); test/unit/pre-projected.test.ts fails when it is stale.
// The public `topology` of `apac-viz/data` stays the longitude/latitude one.
import {readFileSync, writeFileSync} from 'node:fs';
import {runnerImport} from 'vite';

const source = new URL('../data/asia-pacific.topo.json', import.meta.url);
const target = new URL('../data/asia-pacific.projected.topo.json', import.meta.url);
const {module} = await runnerImport('./src/layout/choropleth/pre-project.ts', {
  configFile: false,
  logLevel: 'error',
});
const projected = module.preProject(JSON.parse(readFileSync(source, 'utf8')));
writeFileSync(target, JSON.stringify(projected) + '\n');
const points = projected.arcs.reduce((n, arc) => n + arc.length, 0);
console.log(`${target.pathname}: ${projected.arcs.length} arcs, ${points} points`);
