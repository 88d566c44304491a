export function HomePage() {
  return (
    <section className="page">
      <div className="page-head">
        <div>
          <h1>Inference budgets</h1>
          <p className="lede">
            Plan multi-year AI inference spend: token demand, accelerator fleets or API providers, energy and
            facilities — projected month by month to NPV, payback and cost per million tokens.
          </p>
        </div>
      </div>
      <div className="empty-state">
        <h2>No scenarios yet</h2>
        <p>Scenarios you create or import appear here.</p>
      </div>
    </section>
  );
}
