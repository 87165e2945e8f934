import type {Plugin} from 'vite';
import type {GeometryCollection, Topology} from 'topojson-specification';
import type {PackedTopology} from '../src/layout/choropleth/packed-topology.ts';

/** A quantized topology's arcs as the text packed-topology.ts's decodeArcs reads. */
export function encodeArcs(arcs: readonly (readonly (readonly [number, number])[])[]): string;

/** Polygons and MultiPolygons as the text packed-topology.ts's decodeGeometries reads. */
export function encodeGeometries(collection: GeometryCollection): string;

/** A quantized topology packed as packed-topology.ts's unpackTopology reads it. */
export function packTopology(topology: Topology): PackedTopology;

/** Ships data/*.topo.json packed (see pack-topology.mjs). */
export function packTopologyPlugin(): Plugin;
