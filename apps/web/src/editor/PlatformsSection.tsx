import { useCallback } from 'react';
import { useDocValue, useEditor } from './EditorContext';
import { asList } from './documentPath';
import { EditorSection } from './EditorSection';
import { newPlatform, uniqueId } from './newItems';
import { PlatformCard } from './PlatformCard';

export function PlatformsSection() {
  const { change, getDoc, readOnly } = useEditor();
  const platforms = asList(useDocValue(['platforms']));
  // Stable, so a memoised card re-renders only when its own platform changes.
  const remove = useCallback((index: number) => change(['platforms'], asList(getDoc()['platforms']).filter((_, i) => i !== index)), [change, getDoc]);
  const add = (rented: boolean) => {
    const id = uniqueId(rented ? 'rented' : 'fleet', platforms.map((p) => String(p['id'] ?? '')));
    change(['platforms'], [...platforms, newPlatform(id, rented)]);
  };
  return (
    <EditorSection
      id="platforms"
      title="Platforms"
      description="Accelerator fleets you own (capex, depreciation, power, hosting) or rent (an all-in price per GPU-hour)."
      actions={
        readOnly ? null : (
          <>
            <button type="button" className="button" onClick={() => add(false)}>
              Add owned fleet
            </button>
            <button type="button" className="button" onClick={() => add(true)}>
              Add rented capacity
            </button>
          </>
        )
      }
    >
      {platforms.length === 0 ? <p className="muted">No platforms: every application is served by an API option.</p> : null}
      {platforms.map((platform, index) => (
        <PlatformCard key={index} index={index} platform={platform} onRemove={remove} />
      ))}
    </EditorSection>
  );
}
