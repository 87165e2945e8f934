/**
 * Angular sets `[data]` as a DOM property, `[attr.selected]` as an attribute, and hears
 * `(apac-select)`. CUSTOM_ELEMENTS_SCHEMA lets the template use the tag.
 */
import {CUSTOM_ELEMENTS_SCHEMA, Component, computed, signal} from '@angular/core';
import 'apac-viz/sankey';
import {flows, toctaGraph} from 'apac-viz/data';
import type {ApacSelectDetail} from 'apac-viz';

const all = toctaGraph(flows);

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <label>
        Crime
        <select (change)="crime.set($any($event.target).value)">
          <option value="">All</option>
          @for (c of crimes; track c.id) {
            <option [value]="c.id">{{ c.label }}</option>
          }
        </select>
      </label>
      <apac-sankey
        headline="Illicit flows in East Asia and the Pacific"
        [data]="graph()"
        [attr.selected]="selected()"
        (apac-select)="onSelect($event)"
      ></apac-sankey>
      <p id="selection">Selected: {{ selected() || 'nothing' }}</p>
    </main>
  `,
})
export class AppComponent {
  protected readonly crimes = all.nodes.filter((n) => n.group === 'crime');
  protected readonly crime = signal('');
  protected readonly selected = signal('crime:heroin');
  // Own data through the `data` property: the bundled flows, cut down to one crime.
  protected readonly graph = computed(() => {
    const only = this.crime();
    return {
      unit: all.unit,
      nodes: all.nodes,
      links: only ? all.links.filter((l) => l.source === only || l.target === only) : all.links,
    };
  });

  protected onSelect(event: Event): void {
    this.selected.set((event as CustomEvent<ApacSelectDetail>).detail.id);
  }
}
