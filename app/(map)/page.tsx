import { loadDashboard } from '@/lib/data';
import { Dashboard } from './_components/dashboard';

// Build time only: the pipeline's output becomes the page's props.
export default function Page() {
  const data = loadDashboard();
  return <Dashboard data={data} />;
}
