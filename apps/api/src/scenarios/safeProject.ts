// Defence in depth (issue 14 finding 8): validation rejects what the engine cannot represent
// (docs/model.md "Validation limits"), but should a valid scenario still fail to project, or
// project to numbers JSON cannot carry, the caller gets a 422 naming the problem, not a 500.
import { project, type Projection, type Scenario } from '@tokenplan/model';
import { HttpError } from '../errors';

const HINT = 'Check its largest values against the validation limits (docs/model.md).';

/** `project(scenario)`, or a 422 `unprojectable_scenario` saying why it could not be projected. */
export function projectOrExplain(scenario: Scenario): Projection {
  let projection: Projection;
  try {
    projection = project(scenario);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new HttpError(422, 'unprojectable_scenario', `The scenario is valid but could not be projected (${why}). ${HINT}`);
  }
  for (const month of projection.months) {
    for (const platform of month.platforms) {
      if (!Number.isSafeInteger(platform.nodes)) {
        throw new HttpError(422, 'unprojectable_scenario', `Platform "${platform.id}" would need more nodes in ${month.month} than can be counted exactly. ${HINT}`, [
          { path: 'platforms', message: `"${platform.id}" needs too many nodes` },
        ]);
      }
    }
  }
  return projection;
}
