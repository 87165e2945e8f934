import type {Plugin} from 'vite';

/** A quantized topology's arcs as the text src/layout/choropleth/arcs.ts decodes. */
export function encodeArcs(arcs: readonly (readonly [number, number][])[]): string;

/** Ships data/*.topo.json with its arcs as compact text (see topology-arcs.mjs). */
export function topologyArcs(): Plugin;
