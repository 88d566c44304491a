import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>
        That address does not exist. <Link to="/">Back to scenarios</Link>
      </p>
    </section>
  );
}
