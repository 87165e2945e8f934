/**
 * A longitude/latitude topology drawn by projecting it in the page (the bundled one comes
 * projected: pre-project.ts): importing this module lets referenceFor project one, at the
 * reference scale for the scale drawn. The map element does not import it. Pure.
 */
import type {Position} from 'geojson';
import {pacificProjection} from './projection.js';
import {streamLines, streamParts, streamSphere, type ProjectedParts} from './projected.js';
import {projectWith, Reference} from './reference.js';
import {clearOfCut} from './topology.js';

/** The shapes of a longitude/latitude topology projected at one reference scale. */
export class ProjectingReference extends Reference {
  private readonly projection = pacificProjection().scale(this.scale).translate([0, 0]);
  /** The same projection without its clip, for polygons clear of the cut (clearOfCut). */
  private readonly unclipped = pacificProjection()
    .scale(this.scale)
    .translate([0, 0])
    .preclip((stream) => stream);

  protected override project(polygons: Position[][][]): ProjectedParts {
    return streamParts(
      ([polygon]) => (polygon && clearOfCut(polygon) ? this.unclipped : this.projection),
      polygons.map((p) => [p])
    );
  }

  protected override outline(): Position[][][] {
    return streamSphere(this.projection);
  }

  protected override projectLines(lines: Position[][]): Position[][] {
    return streamLines(this.projection, lines);
  }

  protected override invert(point: [number, number]): [number, number] | undefined {
    return this.projection.invert?.(point) ?? undefined;
  }
}

projectWith((scale, topology) => new ProjectingReference(scale, topology));
