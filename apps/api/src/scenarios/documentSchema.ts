// The zod schema of a scenario document in the API's bodies and answers. OpenAPI shows the model's
// Scenario (every field of docs/model.md §2) next to the draft shape, but validation stays where it
// was: the body only has to be a JSON object here; the model validates a complete scenario in
// prepareDocument (documents.ts), with its own paths and messages, and a draft is stored as sent.
import { z } from 'zod';
import { scenarioObjectSchema } from '@tokenplan/model';

const anyObject = z.record(z.string(), z.unknown()).meta({
  title: 'Draft',
  description: 'A draft ("draft": true) may be any JSON object with a name; complete scenarios are the Scenario shape.',
});

/**
 * Draft first: zod's union returns its first match, so every object passes as sent (no second
 * validation, no normalisation here); the Scenario option is what a complete document must be.
 */
export const documentSchema = z.union([anyObject, scenarioObjectSchema.meta({ id: 'Scenario', title: 'Scenario' })]).meta({
  description:
    'A Scenario document (docs/model.md §2). Complete scenarios are validated by the model and stored normalised (decimal strings, defaults filled in); drafts are stored as sent.',
});
