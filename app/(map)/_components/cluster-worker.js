// Entry of the clustering worker; the logic is typed in answer-cluster-request.ts. Plain JavaScript because Turbopack
// also copies the entry file into the export as it is, and a .ts copy there would be picked up by `tsc`.
import { answerClusterRequest } from './answer-cluster-request';

self.onmessage = async (event) => {
  self.postMessage(await answerClusterRequest(event.data));
};
