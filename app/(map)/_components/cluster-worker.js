// Entry of the clustering worker; the logic is typed in cluster-index.ts. Plain JavaScript because Turbopack also
// copies the entry file into the export as it is, and a .ts copy there would be picked up by `tsc`.
import { answerClusterRequest } from './cluster-index';

self.onmessage = (event) => {
  const response = answerClusterRequest(event.data);
  if (response !== null) self.postMessage(response);
};
