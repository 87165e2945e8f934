/**
 * React 19 passes properties to custom elements (an object to `data`, a string to `selected`)
 * and listens to their events with `on` + the event name (`onapac-select`). No wrapper needed.
 * React sets `selected` as a property because the element has one (a string either way).
 * `npm install && npm run dev` here, with apac-viz installed from npm or from `npm pack`.
 */
import {useMemo, useState} from 'react';
import {flows, toctaGraph} from 'apac-viz/data';
import 'apac-viz/sankey';
import './jsx.js';

const all = toctaGraph(flows);
const crimes = all.nodes.filter((n) => n.group === 'crime');

export function App() {
  const [crime, setCrime] = useState('');
  const [selected, setSelected] = useState('crime:heroin');
  // Own data through the `data` property: the bundled flows, cut down to one crime.
  const graph = useMemo(
    () => ({
      unit: all.unit,
      nodes: all.nodes,
      links: crime ? all.links.filter((l) => l.source === crime || l.target === crime) : all.links,
    }),
    [crime]
  );
  return (
    <main>
      <label>
        Crime{' '}
        <select value={crime} onChange={(e) => setCrime(e.target.value)}>
          <option value="">All</option>
          {crimes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <apac-sankey
        headline="Illicit flows in East Asia and the Pacific"
        data={graph}
        selected={selected}
        onapac-select={(e) => setSelected(e.detail.id)}
      ></apac-sankey>
      <p id="selection">Selected: {selected || 'nothing'}</p>
    </main>
  );
}
