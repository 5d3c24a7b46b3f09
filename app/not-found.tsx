import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mw-page">
      <h1>Not found</h1>
      <p>
        This page is not part of the map. <Link href="/">Open the dashboard</Link>.
      </p>
    </main>
  );
}
