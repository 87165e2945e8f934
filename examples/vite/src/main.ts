/**
 * apac-viz without a framework: `data` is a property (an object), `selected` an attribute (a
 * string), and `apac-select` an event whose `detail` TypeScript knows from the package's types.
 */
import 'apac-viz/sankey';
import {flows, toctaGraph} from 'apac-viz/data';

function must<T>(element: T | null): T {
  if (!element) throw new Error('index.html lacks the chart or its controls');
  return element;
}

const all = toctaGraph(flows);
// `chart` is typed as ApacSankey: apac-viz/sankey adds the tag to HTMLElementTagNameMap.
const chart = must(document.querySelector('apac-sankey'));
const crime = must(document.querySelector<HTMLSelectElement>('#crime'));
const selection = must(document.querySelector<HTMLParagraphElement>('#selection'));

crime.append(new Option('All', ''));
for (const n of all.nodes) if (n.group === 'crime') crime.append(new Option(n.label, n.id));

function show(id: string): void {
  chart.setAttribute('selected', id);
  selection.textContent = `Selected: ${id}`;
}

// Own data through the `data` property: the bundled flows, cut down to one crime.
function draw(): void {
  const only = crime.value;
  chart.data = {
    unit: all.unit,
    nodes: all.nodes,
    links: only ? all.links.filter((l) => l.source === only || l.target === only) : all.links,
  };
}

crime.addEventListener('change', draw);
chart.addEventListener('apac-select', (event) => show(event.detail.id));
draw();
show('crime:heroin');
