import { useCallback, useMemo } from 'react';
import { ApplicationRow } from './ApplicationRow';
import { useDocValue, useEditor } from './EditorContext';
import { EditorSection } from './EditorSection';
import { newApplication, uniqueId } from './newItems';
import { asList } from './documentPath';

/** The token demand: one row per application, as a table for many rows. */
export function ApplicationsSection() {
  const { change, getDoc, readOnly } = useEditor();
  const applications = asList(useDocValue(['applications']));
  const platformsValue = useDocValue(['platforms']);
  const apisValue = useDocValue(['apiOptions']);
  const costCentre = useDocValue(['revenueMode']) === 'costCentre';
  const platforms = asList(platformsValue);
  const apis = asList(apisValue);
  // The rows are memoised: their props stay the same unless their application (or the platforms
  // and API options they choose from) changed, so a keystroke in one row re-renders only that row.
  const servedByChoices = useMemo(
    () => [
      ...asList(platformsValue).map((p) => ({ value: `platform:${String(p['id'])}`, label: `${String(p['name'] || p['id'])} (${(p['acquisition'] as { type?: string } | undefined)?.type === 'rent' ? 'rented' : 'owned'})` })),
      ...asList(apisValue).map((o) => ({ value: `api:${String(o['id'])}`, label: `${String(o['name'] || o['id'])} (API)` })),
    ],
    [platformsValue, apisValue],
  );
  const targetNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const p of asList(platformsValue)) names.set(`platform:${String(p['id'])}`, String(p['name'] || p['id']));
    for (const o of asList(apisValue)) names.set(`api:${String(o['id'])}`, String(o['name'] || o['id']));
    return names;
  }, [platformsValue, apisValue]);
  const targetName = useCallback((value: string) => targetNames.get(value) ?? value.replace(/^\w+:/, ''), [targetNames]);
  const remove = useCallback((index: number) => change(['applications'], asList(getDoc()['applications']).filter((_, i) => i !== index)), [change, getDoc]);
  const models = [...new Set(platforms.flatMap((p) => Object.keys((p['throughput'] as object | undefined) ?? {})))];

  const add = () => {
    const first = platforms[0];
    const servedBy = first ? { platform: String(first['id']) } : apis[0] ? { api: String(apis[0]['id']) } : { platform: '' };
    const model = first ? (Object.keys((first['throughput'] as object | undefined) ?? {})[0] ?? 'llama-3.3-70b') : 'llama-3.3-70b';
    change(['applications'], [...applications, newApplication(uniqueId('app', applications.map((a) => String(a['id'] ?? ''))), servedBy, model)]);
  };

  return (
    <EditorSection
      id="applications"
      title="Applications"
      description="Token demand by application: tokens in month 0 (input + output), growth, and the price charged (or internal value) per million tokens. More on a row: output share, price erosion, tokens per query, queries per task, the id, demand by seats, cached and batch shares, the interactivity SLA and a migration path."
      actions={readOnly ? null : <button type="button" className="button" onClick={add}>Add application</button>}
    >
      <datalist id="model-ids">
        {models.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      {costCentre ? (
        <p className="muted small cost-centre-note" role="note">
          Cost centre (Capital, tax and horizon value): prices and seat revenue are kept but not counted; the plan budgets the cost of serving this demand.
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="edit-table edit-table--applications">
          <thead>
            <tr>
              <th scope="col" className="sticky-col">Application</th>
              <th scope="col">Team</th>
              <th scope="col">Model</th>
              <th scope="col">Served by</th>
              <th scope="col">Tokens / month <span className="th-unit">at start</span></th>
              <th scope="col">Growth <span className="th-unit">%/month</span></th>
              <th scope="col">Price <span className="th-unit">$ / M tokens</span></th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {applications.map((application, index) => (
              <ApplicationRow
                key={index}
                index={index}
                application={application}
                servedByChoices={servedByChoices}
                targetName={targetName}
                onRemove={remove}
              />
            ))}
          </tbody>
        </table>
      </div>
    </EditorSection>
  );
}
