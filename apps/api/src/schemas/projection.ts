// The Projection (spec §7) as a response schema: the model's own output contract, so the OpenAPI
// document shows its exact shape with every field's title, unit and description, and the
// serializer lets nothing unlisted out.
import { projectionSchema, type Projection } from '@tokenplan/model';

export { projectionSchema };

export type ProjectionBody = Projection;

/** The model's Projection is the response body: one type, no conversion. */
export function asProjectionBody(projection: Projection): ProjectionBody {
  return projection;
}
