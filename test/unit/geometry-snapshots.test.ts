/**
 * Chart geometry guarded by file snapshots of normalised output (numbers rounded to 0.1 px):
 * a change to projection, packing or band shapes shows up as a readable diff in review.
 * Update deliberately with `npx vitest run -u` and look at the screenshots before committing.
 */
// The bundled longitude/latitude topology, projected in the page (the element ships it projected).
import '../../src/layout/choropleth/projecting.js';
import {describe, expect, it} from 'vitest';
import {economies, events, flows, indicators, topology} from '../../src/data.js';
import {computeChoroplethLayout} from '../../src/layout/choropleth/layout.js';
import {computeSankeyLayout} from '../../src/layout/sankey/layout.js';
import {timeEvents} from '../../src/layout/timeline/events.js';
import {computeTimelineLayout, fullSpan} from '../../src/layout/timeline/layout.js';
import {toctaGraph} from '../../src/schema/sankey-input.js';

const round = (text: string) =>
  text.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
const svgDoc = (width: number, height: number, body: string[]) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">\n${body.join('\n')}\n</svg>\n`;

describe('geometry snapshots', () => {
  it('choropleth: membership, all economies, 640 px', async () => {
    const membership = indicators.find((i) => i.id === 'membership');
    if (!membership) throw new Error('membership indicator missing');
    const l = computeChoroplethLayout(topology, economies, membership, {
      width: 640,
      height: undefined,
      region: 'all',
      year: undefined,
      lang: 'en',
      method: 'quantile',
    });
    // The paths are in the coordinates of the base they are rescaled from (rescale.ts), drawn
    // under its scale as the map draws them.
    const body = [
      `<g transform="scale(${l.geometry.scale})">`,
      ...l.marks.map((m) => `<path id="${m.id}" fill="${m.color ?? 'none'}" d="${round(m.d)}"/>`),
      '</g>',
      ...l.callouts.map((c) =>
        round(`<circle id="callout-${c.id}" cx="${c.x}" cy="${c.y}" r="${c.r}"/>`)
      ),
    ];
    await expect(svgDoc(l.width, l.height, body)).toMatchFileSnapshot(
      '../snapshots/choropleth-membership.svg'
    );
  });

  it('timeline: all events by forum, 1000 px', async () => {
    const timed = timeEvents(events);
    const l = computeTimelineLayout(timed, {
      width: 1000,
      orientation: 'horizontal',
      groupBy: 'forum',
      filters: {},
      view: fullSpan(timed),
      lang: 'en',
      nameOf: (id) => id,
    });
    const body = l.items.map((i) =>
      round(
        i.type === 'cluster'
          ? `<rect id="${i.id}" x="${i.x0}" y="${i.y - 8}" width="${i.x1 - i.x0}" height="16"><title>${i.members.length}</title></rect>`
          : `<rect id="${i.id}" x="${i.x0}" y="${i.y - 5}" width="${i.x1 - i.x0}" height="10"><title>${i.label}</title></rect>`
      )
    );
    await expect(svgDoc(l.width, l.height, body)).toMatchFileSnapshot(
      '../snapshots/timeline-forums.svg'
    );
  });

  it('sankey: TOCTA 2013, 800 px', async () => {
    const l = computeSankeyLayout(toctaGraph(flows), {
      width: 800,
      height: undefined,
      orientation: 'horizontal',
      nodeOrder: 'input',
      nodeAlign: 'justify',
      lang: 'en',
    });
    const body = [
      ...l.links.map((k) => `<path id="${k.id}" d="${round(k.core)}"/>`),
      ...l.nodes.map((n) =>
        round(`<rect id="${n.id}" x="${n.x}" y="${n.y}" width="${n.w}" height="${n.h}"/>`)
      ),
    ];
    await expect(svgDoc(l.width, l.height, body)).toMatchFileSnapshot(
      '../snapshots/sankey-tocta.svg'
    );
  });
});
