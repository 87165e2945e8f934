// Derives the indicators that follow from other files in data/ and writes them into
// data/indicators.json, keeping the hand-sourced indicators as they are.
// Run: npm run data:derive. test/unit/dataset.test.ts fails when the file is out of date.
import {readFileSync, writeFileSync} from 'node:fs';
import {deriveIndicators} from './derive-rules.mjs';

const read = (name) =>
  JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8'));
const file = new URL('../data/indicators.json', import.meta.url);
const doc = read('indicators.json');
const derived = deriveIndicators(read('economies.json').economies, read('events.json').events);
const ids = new Set(derived.map((d) => d.id));
doc.indicators = [...derived, ...doc.indicators.filter((i) => !ids.has(i.id))];
writeFileSync(file, formatIndicators(doc));
console.log(
  `data/indicators.json: ${doc.indicators.length} indicators (${derived.length} derived)`
);

/** One indicator field per line and one value per line: readable in review, stable in diffs. */
function formatIndicators(d) {
  const indicators = d.indicators.map((ind) => {
    const {values, ...head} = ind;
    const fields = Object.entries(head).map(
      ([k, v]) => `   ${JSON.stringify(k)}: ${JSON.stringify(v)}`
    );
    const rows = values.map((v) => `    ${JSON.stringify(v)}`).join(',\n');
    return `  {\n${fields.join(',\n')},\n   "values": [\n${rows}\n   ]\n  }`;
  });
  const head = Object.entries(d)
    .filter(([k]) => k !== 'indicators')
    .map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{\n${head.join(',\n')},\n "indicators": [\n${indicators.join(',\n')}\n ]\n}\n`;
}
